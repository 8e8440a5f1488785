#!/usr/bin/env node
// Differential testing against Node: generated programs run with node and with the Threadhouse
// CLI must print the same stdout and stderr (normalized) and exit with the same code.
//
//   node tests/differential/run.mjs [--count N] [--seed S] [--cli PATH] [--jobs J] [--keep DIR]
//                                   [--max-differences K] [--no-minimize]
//
//   --count N   how many programs (seeds S, S+1, ..., S+N-1); 100 by default
//   --seed S    the first seed; 1 by default
//   --cli PATH  the CLI to test; build/native/bin/threadhouse by default
//   --jobs J    programs run at a time (each runs node and the CLI at once); 2 by default
//   --keep DIR  write every program that differs (and the minimized first one) into DIR
//   --max-differences K   stop after K confirmed differences; 1 by default
//   --no-minimize         report the first difference as generated
// Exits with 1 when a difference was found (the first one is printed, minimized), else 0.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDifference, runSeeds } from './differential.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function parseArguments(argv) {
  const options = {
    count: 100, seed: 1, cli: path.join(root, 'build', 'native', 'bin', 'threadhouse'), jobs: 2, keep: null,
    maxDifferences: 1, minimize: true,
  };
  const numeric = { '--count': 'count', '--seed': 'seed', '--jobs': 'jobs', '--max-differences': 'maxDifferences' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (numeric[arg]) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} wants a whole number`);
      options[numeric[arg]] = value;
    } else if (arg === '--cli') {
      options.cli = path.resolve(argv[++i]);
    } else if (arg === '--keep') {
      options.keep = path.resolve(argv[++i]);
    } else if (arg === '--no-minimize') {
      options.minimize = false;
    } else {
      throw new Error(`unknown argument ${arg}`);
    }
  }
  return options;
}

let options;
try {
  options = parseArguments(process.argv.slice(2));
} catch (error) {
  console.error(`run.mjs: ${error.message} (see the usage at the top of the file)`);
  process.exit(2);
}

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const summary = await runSeeds({
  from: options.seed,
  count: options.count,
  cli: options.cli,
  jobs: options.jobs,
  keep: options.keep,
  maxDifferences: options.maxDifferences,
  minimizeFirst: options.minimize,
  onResult: (result) => {
    if (result.verdict === 'different') console.log(`seed ${result.seed}: ${result.parts.join(', ')} differ`);
    if (result.verdict === 'unstable') console.log(`seed ${result.seed}: node disagrees with itself (ignored)`);
    if (result.verdict === 'timeout') console.log(`seed ${result.seed}: timed out (ignored)`);
  },
  onProgress: (done) => {
    if (done % 1000 === 0) console.log(`${done} programs, ${seconds()} s`);
  },
});

const last = options.seed + summary.programs - 1;
console.log(`${summary.programs} programs (seeds ${options.seed}..${last}) in ${seconds()} s: ` +
            `${summary.differences.length} different, ${summary.unstable.length} unstable in node, ` +
            `${summary.timeouts.length} timed out`);
if (summary.differences.length > 0) {
  console.log(describeDifference(summary.differences[0]));
  process.exit(1);
}
