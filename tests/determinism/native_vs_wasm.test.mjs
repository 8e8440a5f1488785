// The page and the CLI must never disagree: every conformance program, run by the native CLI
// and by the same core built to WebAssembly (the CLI for node, build/wasm-st/bin), gives the
// same stdout, stderr, exit code and trace, byte for byte. (That a trace is the same run after
// run is checked natively by the runtime's GoogleTest suite.) Two programs run at a time.
// TH_NATIVE_CLI and TH_WASM_CLI point it at other builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const nativeCli = process.env.TH_NATIVE_CLI || path.join(root, 'build', 'native', 'bin', 'threadhouse');
const wasmCli = process.env.TH_WASM_CLI || path.join(root, 'build', 'wasm-st', 'bin', 'threadhouse.js');
const conformance = path.join(root, 'tests', 'conformance');

function programs(folder) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.js')) found.push(full);
    }
  };
  walk(path.join(conformance, folder));
  return found;
}

function run(command, args, where, tracePath) {
  return new Promise((resolve) => {
    const child = spawn(command, [...args, 'run', '--trace', 'json', '--trace-out', tracePath, path.basename(where.file)],
      { cwd: where.dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (status) => resolve({
      stdout, stderr, status, trace: existsSync(tracePath) ? readFileSync(tracePath, 'utf8') : null,
    }));
  });
}

const scratch = mkdtempSync(path.join(tmpdir(), 'threadhouse-determinism-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

async function compare(file, slot) {
  const where = { dir: path.dirname(file), file };
  const name = path.relative(conformance, file);
  const native = await run(nativeCli, [], where, path.join(scratch, `native-${slot}.jsonl`));
  const wasm = await run(process.execPath, ['--no-experimental-fetch', wasmCli], where, path.join(scratch, `wasm-${slot}.jsonl`));
  assert.ok(native.trace && native.trace.length > 0, `${name}: no trace was written`);
  assert.equal(wasm.stdout, native.stdout, `${name}: stdout differs`);
  assert.equal(wasm.stderr, native.stderr, `${name}: stderr differs`);
  assert.equal(wasm.status, native.status, `${name}: exit code differs`);
  assert.equal(wasm.trace, native.trace, `${name}: trace differs`);
}

for (const folder of ['event_loop', 'language']) {
  test(`native and WebAssembly agree on every ${folder} program`, async () => {
    assert.ok(existsSync(nativeCli), 'build the native preset first');
    assert.ok(existsSync(wasmCli), 'build the wasm-st preset first');
    const queue = programs(folder);
    assert.ok(queue.length > 100, `only ${queue.length} programs found`);
    const worker = async (slot) => {
      while (queue.length > 0) await compare(queue.shift(), slot);
    };
    await Promise.all([worker(0), worker(1)]);
  });
}
