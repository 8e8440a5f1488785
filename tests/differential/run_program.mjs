// Runs one program file with node and with the Threadhouse CLI at the same time, each as
// `node FILE.js` would be run (the program's folder as working directory, its bare name as the
// argument), and says where the two disagree: stdout, exit code, or stderr normalized as the
// conformance recorder normalizes Node's.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { normalizeStderr } from '../conformance/normalize-stderr.mjs';

const TIMEOUT_MS = 15000;

function runCommand(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ stdout: '', stderr: String(error), status: 'failed to start', timedOut: false });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        status: signal ? `signal ${signal}` : code,
        timedOut,
      });
    });
  });
}

function normalized(run, folder) {
  return { ...run, stderr: normalizeStderr(run.stderr, folder) };
}

export function runNode(file) {
  const folder = path.dirname(file);
  return runCommand(process.execPath, [path.basename(file)], folder).then((run) => normalized(run, folder));
}

export function runCli(cli, file) {
  const folder = path.dirname(file);
  return runCommand(cli, ['run', path.basename(file)], folder).then((run) => normalized(run, folder));
}

export async function runBoth(cli, file) {
  const [node, threadhouse] = await Promise.all([runNode(file), runCli(cli, file)]);
  return { node, cli: threadhouse };
}

// The parts two runs disagree on, in a fixed order: 'stdout', 'exit code', 'stderr'.
export function differingParts(a, b) {
  const parts = [];
  if (a.stdout !== b.stdout) parts.push('stdout');
  if (a.status !== b.status) parts.push('exit code');
  if (a.stderr !== b.stderr) parts.push('stderr');
  return parts;
}
