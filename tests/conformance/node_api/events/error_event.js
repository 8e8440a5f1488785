// An 'error' event with a listener is just an event; without one it is thrown.
const EventEmitter = require('events');

const handled = new EventEmitter();
handled.on('error', (error) => console.log('handled:', error.message));
handled.emit('error', new Error('disk full'));

const unhandled = new EventEmitter();
try {
  unhandled.emit('error', 'just a string');
} catch (error) {
  console.log(error.code, '-', error.message);
}
const error = new Error('nobody listens');
setTimeout(() => unhandled.emit('error', error), 0);
