// emit calls its listeners synchronously, in order, and returns whether there were any.
const EventEmitter = require('events');

const emitter = new EventEmitter();
emitter.on('step', function (n) {
  console.log('first', n, this === emitter);
});
emitter.on('step', (n) => {
  console.log('second', n);
  if (n === 1) emitter.emit('step', 2);
});
console.log('before');
console.log(emitter.emit('step', 1));
console.log(emitter.emit('unknown'));
process.nextTick(() => emitter.emit('step', 3));
console.log('after');
