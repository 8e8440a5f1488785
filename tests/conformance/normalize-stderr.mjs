// What Node wrote to stderr, reduced to what a program's behaviour decides, so it can be
// compared with what Threadhouse writes: the program's folder is removed from paths, the
// "    at ..." stack lines and the closing "Node.js vX" line are dropped (they name Node's
// internals, not the program's behaviour), runs of blank lines left behind are squeezed, and a
// warning's "(node:1234)" reads "(node:PID)" (Node's pid differs run to run).
// record-expected.mjs stores Node's stderr this way; tests/differential compares both sides
// this way; tests/support/conformance_files.cpp does the same in C++.
import path from 'node:path';

export function normalizeStderr(text, folder) {
  return text
    .split(folder + path.sep).join('')
    .split('\n')
    .filter((line) => !/^\s+at /.test(line) && !/^Node\.js v\d+/.test(line))
    .map((line) => line.replace(/^\(node:\d+\)/, '(node:PID)'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}
