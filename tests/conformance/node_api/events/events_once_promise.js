// events.once returns a promise for the next emit's arguments; an 'error' rejects it.
const events = require('events');
const { once, EventEmitter } = events;

console.log(events.EventEmitter === events, typeof once);

async function main() {
  const server = new EventEmitter();
  setTimeout(() => server.emit('ready', 'port', 8080), 10);
  const args = await once(server, 'ready');
  console.log('ready with', args);

  const failing = new EventEmitter();
  setTimeout(() => failing.emit('error', new Error('boom')), 10);
  try {
    await once(failing, 'connected');
  } catch (error) {
    console.log('rejected:', error.message, failing.listenerCount('connected'));
  }
}

main();
