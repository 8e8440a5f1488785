// off/removeListener take one listener away; removeAllListeners clears a name or everything.
const EventEmitter = require('events');

const bus = new EventEmitter();
function log(message) {
  console.log('log:', message);
}
bus.on('message', log);
bus.on('message', (message) => console.log('other:', message));
bus.on('close', () => console.log('closed'));
bus.emit('message', 'one');
bus.off('message', log);
bus.emit('message', 'two');
console.log(bus.eventNames());
bus.removeAllListeners('message');
console.log(bus.eventNames(), bus.emit('message', 'three'));
bus.removeAllListeners();
console.log(bus.eventNames(), bus.emit('close'));
