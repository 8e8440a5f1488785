// The differential loop: for each seed, generate a program, run it with node and with the CLI
// (at the same time), and compare. A difference is confirmed by running node three more times,
// alone (no other program runs meanwhile). When node disagrees with itself, or once does what
// Threadhouse did, the program depended on the wall clock after all: the generator keeps such
// programs rare, but on a loaded machine node's timers can be late by tens of milliseconds. It
// is counted as unstable, not as a Threadhouse bug. The first confirmed difference is
// minimized while the same parts (stdout, exit code, stderr) keep differing.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateProgram } from './generate.mjs';
import { minimize } from './minimize.mjs';
import { differingParts, runBoth, runNode } from './run_program.mjs';

// Output that shows a candidate of the minimizer broke the program rather than kept the bug.
const BROKEN = /SyntaxError|ReferenceError|is not defined|not supported in Threadhouse/;

function sameRun(a, b) {
  return differingParts(a, b).length === 0;
}

// Writes `source` to a file of its own in `folder` and runs it both ways.
async function runSource(cli, folder, name, source) {
  const file = path.join(folder, name);
  writeFileSync(file, source);
  try {
    return await runBoth(cli, file);
  } finally {
    rmSync(file, { force: true });
  }
}

// Lets one worker run alone: while it waits for quiet or runs, no other program starts, so a
// confirmation is not made late by this run's own load.
class QuietGate {
  constructor() {
    this.active = 0;
    this.wanted = 0;
    this.closed = false;
  }

  async enter() {
    while (this.wanted > 0 || this.closed) await sleep(10);
    this.active++;
  }

  leave() {
    this.active--;
  }

  // Called by an active worker: waits until it is the only one, runs `work`, and goes on.
  async alone(work) {
    this.leave();
    this.wanted++;
    while (this.active > 0 || this.closed) await sleep(10);
    this.wanted--;
    this.closed = true;
    try {
      return await work();
    } finally {
      this.closed = false;
      this.active++;
    }
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const CONFIRMATIONS = 4;

async function checkSeed(cli, scratch, gate, seed) {
  const source = generateProgram(seed);
  const name = `program_${seed}.js`;
  const file = path.join(scratch, name);
  writeFileSync(file, source);
  try {
    const first = await runBoth(cli, file);
    if (first.node.timedOut || first.cli.timedOut) return { seed, source, verdict: 'timeout', ...first };
    const parts = differingParts(first.node, first.cli);
    if (parts.length === 0) return { seed, verdict: 'same' };
    // Node runs again, alone: if it ever does what Threadhouse did, or not what it did at
    // first, the program depends on timing.
    const unstable = await gate.alone(async () => {
      for (let again = 0; again < CONFIRMATIONS; again++) {
        const node = await runNode(file);
        if (!sameRun(node, first.node) || sameRun(node, first.cli)) return node;
      }
      return null;
    });
    if (unstable) return { seed, source, verdict: 'unstable', ...first, nodeAgain: unstable };
    return { seed, source, verdict: 'different', parts, ...first };
  } finally {
    rmSync(file, { force: true });
  }
}

export async function minimizeDifference(cli, scratch, difference) {
  const wanted = difference.parts.join();
  const brokenBefore = BROKEN.test(difference.node.stderr + difference.cli.stderr);
  let attempt = 0;
  return minimize(difference.source, async (candidate) => {
    const run = await runSource(cli, scratch, `minimizing_${difference.seed}_${attempt++}.js`, candidate);
    if (run.node.timedOut || run.cli.timedOut) return false;
    if (!brokenBefore && BROKEN.test(run.node.stderr + run.cli.stderr)) return false;
    return differingParts(run.node, run.cli).join() === wanted;
  });
}

// options: { from, count, cli, jobs, keep (folder or null), maxDifferences, minimizeFirst,
//            onProgress(done, summary), onResult(result) }
export async function runSeeds(options) {
  const { from, count, cli, jobs = 2, keep = null, maxDifferences = 1, minimizeFirst = true } = options;
  const scratch = mkdtempSync(path.join(tmpdir(), 'threadhouse-differential-'));
  if (keep) mkdirSync(keep, { recursive: true });
  const summary = { programs: 0, differences: [], unstable: [], timeouts: [] };
  let next = from;
  const end = from + count;
  const stop = () => summary.differences.length >= maxDifferences;
  const gate = new QuietGate();
  const worker = async () => {
    while (next < end && !stop()) {
      await gate.enter();
      if (next >= end || stop()) {
        gate.leave();
        break;
      }
      const seed = next++;
      let result;
      try {
        result = await checkSeed(cli, scratch, gate, seed);
      } finally {
        gate.leave();
      }
      summary.programs++;
      if (result.verdict === 'different') summary.differences.push(result);
      if (result.verdict === 'unstable') summary.unstable.push(result);
      if (result.verdict === 'timeout') summary.timeouts.push(result);
      if (keep && result.verdict !== 'same') writeFileSync(path.join(keep, `${result.verdict}_${seed}.js`), result.source);
      options.onResult?.(result);
      options.onProgress?.(summary.programs, summary);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
    summary.differences.sort((a, b) => a.seed - b.seed);
    if (minimizeFirst && summary.differences.length > 0) {
      const first = summary.differences[0];
      first.minimized = await minimizeDifference(cli, scratch, first);
      first.minimizedRuns = await runSource(cli, scratch, `minimized_${first.seed}.js`, first.minimized);
      if (keep) writeFileSync(path.join(keep, `minimized_${first.seed}.js`), first.minimized);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return summary;
}

// A difference as a report: the parts that differ, the program, and both outputs.
export function describeDifference(difference) {
  const show = (run) => `stdout:\n${run.stdout}exit code: ${run.status}\nstderr (normalized):\n${run.stderr}`;
  const lines = [
    `seed ${difference.seed}: ${difference.parts.join(', ')} differ${difference.parts.length === 1 ? 's' : ''} ` +
    `(the whole program: node tests/differential/generate.mjs ${difference.seed})`,
  ];
  if (difference.minimized) lines.push('--- minimized program', difference.minimized.trimEnd());
  else lines.push('--- program', difference.source.trimEnd());
  if (difference.minimizedRuns) lines.push('--- node', show(difference.minimizedRuns.node), '--- threadhouse', show(difference.minimizedRuns.cli));
  else lines.push('--- node', show(difference.node), '--- threadhouse', show(difference.cli));
  return lines.join('\n');
}
