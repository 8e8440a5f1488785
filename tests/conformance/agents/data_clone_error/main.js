// A function cannot be cloned: postMessage throws DataCloneError at once, and nothing is sent.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => console.log('received', m));
for (const value of [() => 1, { run() {} }, [1, function named() {}], Promise.resolve()]) {
  try {
    port1.postMessage(value);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
port1.postMessage('plain text is fine');
setTimeout(() => port1.close(), 10);
try {
  structuredClone({ f() {} });
} catch (e) {
  console.log('structuredClone:', e.name);
}
