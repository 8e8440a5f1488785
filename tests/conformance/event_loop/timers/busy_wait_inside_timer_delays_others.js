// A busy-wait inside one timer callback delays the next timer, which still runs afterwards.
let start = Date.now();
setTimeout(() => {
  console.log('slow timer start');
  const t = Date.now();
  while (Date.now() - t < 150) {}
  console.log('slow timer end');
}, 10);
setTimeout(() => console.log('second timer late:', Date.now() - start >= 150), 60);
