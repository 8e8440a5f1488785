// The page and the CLI must never disagree: every conformance program, run by the native CLI
// and by the same core built to WebAssembly (the CLI for node, build/wasm-st/bin), gives the
// same stdout, stderr, exit code and trace, byte for byte. (That a trace is the same run after
// run is checked natively by the runtime's GoogleTest suite.) Two programs run at a time.
// The agents programs (workers, child processes) run natively with the baton, each agent on its
// own thread, and in the single-threaded build all on one thread: the same run; and in the
// threaded build (build/wasm/bin) on its pthreads, when that build is there.
// TH_NATIVE_CLI, TH_WASM_CLI and TH_WASM_THREADS_CLI point it at other builds.
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
const wasmThreadsCli = process.env.TH_WASM_THREADS_CLI || path.join(root, 'build', 'wasm', 'bin', 'threadhouse.js');
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

// An agents program is a folder: main.js first, then the files it starts, in name order.
function agentPrograms() {
  const base = path.join(conformance, 'agents');
  return readdirSync(base).sort().filter((entry) => existsSync(path.join(base, entry, 'main.js'))).map((entry) => {
    const dir = path.join(base, entry);
    const others = readdirSync(dir).filter((name) => name.endsWith('.js') && name !== 'main.js').sort();
    return { dir, file: path.join(dir, 'main.js'), files: ['main.js', ...others] };
  });
}

function run(command, args, where, tracePath) {
  return new Promise((resolve) => {
    const files = where.files || [path.basename(where.file)];
    const child = spawn(command, [...args, 'run', '--trace', 'json', '--trace-out', tracePath, ...files],
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

async function compare(where, slot, clis = [wasmCli]) {
  const name = path.relative(conformance, where.file);
  const native = await run(nativeCli, [], where, path.join(scratch, `native-${slot}.jsonl`));
  assert.ok(native.trace && native.trace.length > 0, `${name}: no trace was written`);
  for (const cli of clis) {
    const build = path.basename(path.dirname(path.dirname(cli)));
    const wasm = await run(process.execPath, ['--no-experimental-fetch', cli], where, path.join(scratch, `wasm-${slot}.jsonl`));
    assert.equal(wasm.stdout, native.stdout, `${name} (${build}): stdout differs`);
    assert.equal(wasm.stderr, native.stderr, `${name} (${build}): stderr differs`);
    assert.equal(wasm.status, native.status, `${name} (${build}): exit code differs`);
    assert.equal(wasm.trace, native.trace, `${name} (${build}): trace differs`);
  }
}

for (const folder of ['event_loop', 'language']) {
  test(`native and WebAssembly agree on every ${folder} program`, async () => {
    assert.ok(existsSync(nativeCli), 'build the native preset first');
    assert.ok(existsSync(wasmCli), 'build the wasm-st preset first');
    const queue = programs(folder);
    assert.ok(queue.length > 100, `only ${queue.length} programs found`);
    const worker = async (slot) => {
      while (queue.length > 0) {
        const file = queue.shift();
        await compare({ dir: path.dirname(file), file }, slot);
      }
    };
    await Promise.all([worker(0), worker(1)]);
  });
}

test('native (baton), single-threaded and threaded WebAssembly agree on every agents program', async () => {
  assert.ok(existsSync(nativeCli), 'build the native preset first');
  assert.ok(existsSync(wasmCli), 'build the wasm-st preset first');
  const clis = existsSync(wasmThreadsCli) ? [wasmCli, wasmThreadsCli] : [wasmCli];
  const queue = agentPrograms();
  assert.ok(queue.length > 20, `only ${queue.length} agents programs found`);
  const worker = async (slot) => {
    while (queue.length > 0) await compare(queue.shift(), slot, clis);
  };
  await Promise.all([worker(0), worker(1)]);
});
