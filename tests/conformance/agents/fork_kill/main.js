// child.kill() ends a child that would run forever: 'exit' with signal SIGTERM.
const { fork } = require('child_process');
const child = fork('forever.js');
child.on('message', (m) => {
  console.log('child says', m);
  console.log('kill:', child.kill());
});
child.on('exit', (code, signal) => console.log('exit', code, signal, child.killed));
