// The parent disconnects: the child hears 'disconnect' and, with nothing left to wait for, ends.
const { fork } = require('child_process');
const child = fork('child.js');
child.on('message', (m) => {
  console.log('parent got', m, 'connected', child.connected);
  child.disconnect();
  console.log('after disconnect, connected', child.connected);
});
child.on('disconnect', () => console.log('parent: disconnect event'));
child.on('exit', (code) => console.log('child exit', code));
