// Differential testing against Node, the bounded run of the test suite: 300 generated programs
// (seeds 1 to 300, always the same ones) run with node and with the native CLI must print the
// same stdout and stderr (normalized) and exit with the same code. A failure prints the first
// difference, minimized (and writes the programs into build/differential). Programs whose output
// node itself changes from run to run (its timers run late on a loaded machine) are reported and
// skipped. Two programs run at a time, so that node's timers are not made late by this test's
// own load. TH_NATIVE_CLI points it at another build. The long run is
// `node tests/differential/run.mjs --count 100000` (BENCHMARKS.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDifference, runSeeds } from './differential.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = process.env.TH_NATIVE_CLI || path.join(root, 'build', 'native', 'bin', 'threadhouse');
// Where the programs that differ (or that node runs unstably) are written, to look at later.
const keep = path.join(root, 'build', 'differential');

test('300 generated programs print, fail and exit as node does', { timeout: 600_000 }, async (t) => {
  assert.ok(existsSync(cli), `build the native preset first (no ${cli})`);
  const summary = await runSeeds({ from: 1, count: 300, cli, jobs: 2, maxDifferences: 1, keep });
  for (const result of [...summary.unstable, ...summary.timeouts]) {
    t.diagnostic(`seed ${result.seed}: ${result.verdict} in node, skipped`);
  }
  assert.equal(summary.differences.length, 0,
               summary.differences.length ? describeDifference(summary.differences[0]) : '');
});
