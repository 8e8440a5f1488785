// listeners() shows what was passed to on/once; rawListeners() shows the once wrappers.
const EventEmitter = require('events');

const emitter = new EventEmitter();
function handler() {
  console.log('handler ran');
}
emitter.once('ping', handler);
console.log(emitter.listeners('ping')[0] === handler);
const raw = emitter.rawListeners('ping');
console.log(raw[0] === handler, raw[0].listener === handler);
raw[0]();
console.log(emitter.listenerCount('ping'));
emitter.on('newListener', (name) => console.log('adding', name));
emitter.on('removeListener', (name) => console.log('removed', name));
emitter.on('pong', handler);
emitter.removeListener('pong', handler);
