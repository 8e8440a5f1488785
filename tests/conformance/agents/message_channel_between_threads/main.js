// A MessageChannel inside one thread: port1 talks to port2; closing one closes both.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('port2 got', m);
  if (m === 2) port2.close();
});
port1.on('close', () => console.log('port1 closed'));
port2.on('close', () => console.log('port2 closed'));
port1.postMessage(1);
port1.postMessage(2);
console.log('sent');
