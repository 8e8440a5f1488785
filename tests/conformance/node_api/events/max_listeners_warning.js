// More than getMaxListeners() listeners for one event prints Node's leak warning once.
const EventEmitter = require('events');

console.log(EventEmitter.defaultMaxListeners);
const emitter = new EventEmitter();
console.log(emitter.getMaxListeners());
for (let i = 0; i < 12; i++) emitter.on('data', () => {});
console.log('listeners:', emitter.listenerCount('data'));

const small = new EventEmitter();
small.setMaxListeners(2);
console.log(small.getMaxListeners());
small.on('tick', () => {});
small.on('tick', () => {});
small.on('tick', () => {});

const unlimited = new EventEmitter().setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on('x', () => {});
console.log('done');
