// terminate() stops a worker mid-work: 'exit' with code 1, and the promise gives the code.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => {
    console.log('worker says', m);
    w.terminate().then((code) => console.log('terminated with', code));
  });
  w.on('exit', (code) => console.log('exit event', code));
} else {
  parentPort.postMessage('starting a long loop');
  let n = 0;
  while (true) n++;
}
