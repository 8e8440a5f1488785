// Node's events module: on, once, off, prepend, listenerCount, error with no listener.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = (x) => console.log('log', x);
e.on('data', log);
e.once('data', (x) => console.log('once', x));
e.prependListener('data', (x) => console.log('first', x));
console.log(e.emit('data', 1), e.listenerCount('data'));
e.emit('data', 2);
e.off('data', log);
console.log(e.emit('data', 3), e.listenerCount('data'), e.eventNames());
console.log(e.emit('nothing'));
EventEmitter.once(e, 'ready').then((args) => console.log('ready with', args));
e.emit('ready', 'a', 'b');
try {
  e.emit('error', new Error('boom'));
} catch (err) {
  console.log('thrown:', err.message);
}
