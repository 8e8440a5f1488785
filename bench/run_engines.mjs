#!/usr/bin/env node
// Runs the benchmark programs (bench/programs/*.js) in Threadhouse's engine and in the engines
// it is measured against, in one run, and prints a Markdown table of times and ratios:
//   threadhouse      build/native/bin/threadhouse run FILE (native, tracing off)
//   threadhouse+trace  the same with --trace json (every event recorded)
//   threadhouse.wasm node build/wasm-st/bin/threadhouse.js run FILE (the core as WebAssembly)
//   duktape          Debian's `duk` (native)
//   quickjs.wasm     quickjs-emscripten under node (QuickJS as WebAssembly)
//   js-interpreter   the JS-Interpreter npm package under node (the interpreter many
//                    visualizers use); it is run on N/50 and its time multiplied by 50
//
// Every program starts with `var N = <count>;` and does work proportional to N; all engines
// must print the same output, or the run stops. Times are the best of --repeat runs (default
// 3); for the command-line engines the time of an empty program (process start-up) is taken
// off, so every column is the time spent running the program.
//
//   bash scripts/setup.sh && cmake --build --preset native && bash scripts/build-web.sh
//   (cd bench && npm ci) && node bench/run_engines.mjs [--repeat 3] [--only NAME]
//       [--native-cli PATH] [--wasm-cli PATH]
// --native-cli and --wasm-cli (or the environment variables TH_NATIVE_CLI and TH_WASM_CLI)
// measure other builds than build/native and build/wasm-st, e.g. a build folder of your own.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const repeat = Number(option('--repeat', 3));
const only = option('--only', null);
const kInterpreterShrink = 50;

const nativeCli = path.resolve(option('--native-cli', process.env.TH_NATIVE_CLI || path.join(root, 'build/native/bin/threadhouse')));
const wasmCli = path.resolve(option('--wasm-cli', process.env.TH_WASM_CLI || path.join(root, 'build/wasm-st/bin/threadhouse.js')));
process.stderr.write(`native CLI: ${nativeCli}\nWebAssembly CLI: ${wasmCli}\n`);
const scratch = mkdtempSync(path.join(tmpdir(), 'threadhouse-bench-'));

function withN(source, factor) {
  return source.replace(/^var N = (\d+);/m, (_, n) => `var N = ${Math.max(1, Math.round(Number(n) / factor))};`);
}

function timeCommand(command, commandArgs) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed: ${result.stderr}`);
  return { ms, output: result.stdout };
}

// A command-line engine: best of `repeat`, minus the best start-up time of an empty program.
function commandEngine(command, prefixArgs, suffixArgs = []) {
  const empty = path.join(scratch, 'empty.js');
  writeFileSync(empty, 'var N = 0;\n');
  let startup = Infinity;
  for (let i = 0; i < repeat; i++) startup = Math.min(startup, timeCommand(command, [...prefixArgs, empty, ...suffixArgs]).ms);
  return (file) => {
    let best = Infinity;
    let output = '';
    for (let i = 0; i < repeat; i++) {
      const run = timeCommand(command, [...prefixArgs, file, ...suffixArgs]);
      best = Math.min(best, run.ms);
      output = run.output;
    }
    return { ms: Math.max(best - startup, 0.01), output };
  };
}

async function quickjsEngine() {
  const { getQuickJS } = await import('quickjs-emscripten');
  const quickjs = await getQuickJS();
  return (file) => {
    const source = readFileSync(file, 'utf8');
    let best = Infinity;
    let output = '';
    for (let i = 0; i < repeat; i++) {
      const context = quickjs.newContext();
      const lines = [];
      const log = context.newFunction('log', (...handles) => {
        lines.push(handles.map((handle) => context.dump(handle)).join(' '));
      });
      const consoleObject = context.newObject();
      context.setProp(consoleObject, 'log', log);
      context.setProp(context.global, 'console', consoleObject);
      log.dispose();
      consoleObject.dispose();
      const start = process.hrtime.bigint();
      const result = context.evalCode(source);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.error) throw new Error(`quickjs: ${JSON.stringify(context.dump(result.error))}`);
      result.value.dispose();
      context.dispose();
      best = Math.min(best, ms);
      output = lines.join('\n') + '\n';
    }
    return { ms: best, output };
  };
}

function interpreterEngine() {
  const Interpreter = require('js-interpreter');
  return (file) => {
    const source = withN(readFileSync(file, 'utf8'), kInterpreterShrink);
    const lines = [];
    const setup = (interpreter, globalObject) => {
      const consoleObject = interpreter.nativeToPseudo({});
      interpreter.setProperty(globalObject, 'console', consoleObject);
      interpreter.setProperty(consoleObject, 'log', interpreter.createNativeFunction((...values) => {
        lines.push(values.map((value) => String(interpreter.pseudoToNative(value))).join(' '));
      }));
    };
    const interpreter = new Interpreter(source, setup);
    const start = process.hrtime.bigint();
    interpreter.run();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return { ms: ms * kInterpreterShrink, output: null };  // its output is for N/50: not compared
  };
}

const programs = readdirSync(path.join(here, 'programs')).filter((name) => name.endsWith('.js'))
  .filter((name) => !only || name.includes(only)).sort();

const engines = {
  'threadhouse': commandEngine(nativeCli, ['run']),
  'threadhouse+trace': commandEngine(nativeCli, ['run', '--trace', 'json', '--trace-out', path.join(scratch, 'trace.jsonl')]),
  'threadhouse.wasm': commandEngine(process.execPath, ['--no-experimental-fetch', wasmCli, 'run']),
  'duktape': commandEngine('duk', []),
  'quickjs.wasm': await quickjsEngine(),
  'js-interpreter': interpreterEngine(),
};

const results = {};
for (const program of programs) {
  const file = path.join(here, 'programs', program);
  const expected = execFileSync(process.execPath, [file], { encoding: 'utf8' });
  results[program] = {};
  for (const [name, run] of Object.entries(engines)) {
    const { ms, output } = run(file);
    if (output !== null && output !== expected) {
      throw new Error(`${name} printed ${JSON.stringify(output)} for ${program}, node printed ${JSON.stringify(expected)}`);
    }
    results[program][name] = ms;
    process.stderr.write(`${program} ${name}: ${ms.toFixed(1)} ms\n`);
  }
}

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const names = Object.keys(engines);
const lines = [];
lines.push(`| program | ${names.map((n) => `${n} (ms)`).join(' | ')} | duktape / threadhouse | quickjs.wasm / threadhouse.wasm | js-interpreter / threadhouse | trace on / off |`);
lines.push(`|---|${names.map(() => '---:').join('|')}|---:|---:|---:|---:|`);
const geo = { duk: 1, qjs: 1, interp: 1, trace: 1 };
for (const program of programs) {
  const r = results[program];
  const duk = r['duktape'] / r['threadhouse'];
  const qjs = r['quickjs.wasm'] / r['threadhouse.wasm'];
  const interp = r['js-interpreter'] / r['threadhouse'];
  const trace = r['threadhouse+trace'] / r['threadhouse'];
  geo.duk *= duk; geo.qjs *= qjs; geo.interp *= interp; geo.trace *= trace;
  lines.push(`| ${program} | ${names.map((n) => fmt(r[n])).join(' | ')} | ${duk.toFixed(2)} | ${qjs.toFixed(2)} | ${interp.toFixed(0)} | ${trace.toFixed(2)} |`);
}
const count = programs.length;
lines.push(`| geometric mean | ${names.map(() => '').join(' | ')} | ${Math.pow(geo.duk, 1 / count).toFixed(2)} | ${Math.pow(geo.qjs, 1 / count).toFixed(2)} | ${Math.pow(geo.interp, 1 / count).toFixed(0)} | ${Math.pow(geo.trace, 1 / count).toFixed(2)} |`);
console.log(lines.join('\n'));
