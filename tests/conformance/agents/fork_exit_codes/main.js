// A child that crashes ends alone, with exit code 1 and its error on stderr; its sibling and
// the parent keep going (a fire in one house does not burn the others).
const { fork } = require('child_process');
const crasher = fork('crasher.js');
const steady = fork('steady.js');
crasher.on('exit', (code, signal) => console.log('crasher exited', code, signal));
steady.on('message', (m) => console.log('steady says', m));
steady.on('exit', (code) => console.log('steady exited', code));
steady.send('ping');
