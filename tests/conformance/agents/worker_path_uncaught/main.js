// An uncaught ERR_WORKER_PATH, reported where Node's worker library throws it.
const { Worker } = require('worker_threads');
console.log('before');
new Worker('helper.js');
console.log('never printed');
