// Promise.race([]) stays pending forever; it never calls its handlers.
Promise.race([]).then(
  () => console.log('never fulfilled'),
  () => console.log('never rejected')
);
Promise.resolve().then(() => console.log('other microtask'));
setTimeout(() => console.log('timer after race([])'), 20);
