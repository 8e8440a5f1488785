#!/usr/bin/env node
// Random JavaScript programs for differential testing against Node: timers, intervals,
// immediates, nextTicks, microtasks, promise chains and combinators, thenables, async functions,
// caught and uncaught errors, early exits; each prints a trace of what ran. The same seed gives
// the same program. Only programs whose output Node decides by its rules, not by the wall
// clock, are written (see schedule_model.mjs).
//
//   node tests/differential/generate.mjs SEED     prints the program of that seed
import { ProgramGenerator } from './generator.mjs';
import './statements_timers.mjs';
import './statements_promises.mjs';
import './statements_async.mjs';
import './promise_expressions.mjs';

export function generateProgram(seed) {
  return new ProgramGenerator(seed).program();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seed = Number(process.argv[2]);
  if (!Number.isInteger(seed)) {
    console.error('usage: generate.mjs SEED');
    process.exit(2);
  }
  process.stdout.write(generateProgram(seed));
}
