// Messages on one channel arrive in the order they were sent, both ways.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  const got = [];
  w.on('message', (m) => {
    got.push(m);
    if (m === 'done') {
      console.log(got.join(' '));
      w.postMessage('stop');
    }
  });
  for (let i = 0; i < 5; i++) w.postMessage(i);
  w.on('exit', (code) => console.log('exit', code));
} else {
  let count = 0;
  parentPort.on('message', (m) => {
    if (m === 'stop') {
      parentPort.close();
      return;
    }
    parentPort.postMessage(`echo ${m}`);
    if (++count === 5) parentPort.postMessage('done');
  });
}
