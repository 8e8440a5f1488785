// A worker has its own process object: its 'uncaughtException' listener catches the worker's
// error, the worker goes on, and its parent sees no 'error' event; at its end the worker's own
// 'exit' listeners run, and the Worker exits with code 0.
const { Worker } = require('worker_threads');
const worker = new Worker('./worker.js');
worker.on('message', (message) => console.log('main got:', message));
worker.on('error', (err) => console.log('main error event:', err.message));
worker.on('exit', (code) => console.log('worker exited with', code));
