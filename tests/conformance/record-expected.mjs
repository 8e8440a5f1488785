#!/usr/bin/env node
// Records what real Node.js does with each conformance program, so the expected outputs that
// the tests compare against come from Node itself and the tests can run where node is absent.
//
//   node tests/conformance/record-expected.mjs FILE.js...   (or a folder: every .js below it)
//
// For each FILE.js it writes, beside it:
//   FILE.out   stdout, byte for byte (always written, possibly empty)
//   FILE.err   stderr, normalized (only when node wrote to stderr): the program's folder is
//              removed from paths, "    at ..." stack lines and the closing "Node.js vX" line
//              are dropped, since those name Node's internals rather than the program's behaviour
//   FILE.code  the exit code (only when it is not 0)
// Each program runs with its own folder as the working directory, as `node FILE.js`.
//
// Programs of several files (workers, child processes, modules) are folders with a main.js:
// only main.js is run; the other files are what it starts or requires. A program whose main.js
// says `// node waits forever` (a worker or child left listening) is stopped after a few
// seconds; FILE.stall records that Node never ended it, and FILE.out what it printed until then.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { normalizeStderr } from './normalize-stderr.mjs';

function collect(target, into) {
  if (statSync(target).isDirectory()) {
    for (const entry of readdirSync(target).sort()) collect(path.join(target, entry), into);
  } else if (target.endsWith('.js')) {
    const isHelper = path.basename(target) !== 'main.js' && existsSync(path.join(path.dirname(target), 'main.js'));
    if (!isHelper) into.push(path.resolve(target));
  }
}

function writeOrRemove(file, content) {
  if (content === null) {
    if (existsSync(file)) rmSync(file);
  } else {
    writeFileSync(file, content);
  }
}

const files = [];
for (const arg of process.argv.slice(2)) collect(arg, files);
if (files.length === 0) {
  console.error('usage: record-expected.mjs FILE.js|FOLDER...');
  process.exit(2);
}

for (const file of files) {
  const folder = path.dirname(file);
  const base = file.slice(0, -3);
  const waitsForever = readFileSync(file, 'utf8').includes('// node waits forever');
  const result = spawnSync(process.execPath, [path.basename(file)], {
    cwd: folder, encoding: 'utf8', timeout: waitsForever ? 3000 : 20000,
  });
  if (result.error && !(waitsForever && result.error.code === 'ETIMEDOUT')) throw result.error;
  if (waitsForever && result.signal !== 'SIGTERM') {
    throw new Error(`${file} says node waits forever, but node ended (exit ${result.status})`);
  }
  writeFileSync(base + '.out', result.stdout);
  writeOrRemove(base + '.err', result.stderr ? normalizeStderr(result.stderr, folder) : null);
  writeOrRemove(base + '.code', result.status ? `${result.status}\n` : null);
  writeOrRemove(base + '.stall', waitsForever ? 'node was still running; it was stopped after 3 s\n' : null);
  console.log(`${path.relative(process.cwd(), file)}: ${waitsForever ? 'stopped (waits forever)' : `exit ${result.status}`}`);
}
