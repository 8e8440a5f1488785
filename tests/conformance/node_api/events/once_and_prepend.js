// once listeners run a single time; prepend puts a listener first in line.
const EventEmitter = require('events');

const door = new EventEmitter();
door.on('open', () => console.log('regular listener'));
door.once('open', () => console.log('first time only'));
door.prependListener('open', () => console.log('prepended'));
door.prependOnceListener('open', () => console.log('prepended once'));
console.log(door.listenerCount('open'), EventEmitter.listenerCount(door, 'open'));
door.emit('open');
console.log('--');
door.emit('open');
console.log(door.listenerCount('open'));
