// queueMicrotask inside a then callback runs before the next step of that chain.
Promise.resolve()
  .then(() => {
    console.log('then 1');
    queueMicrotask(() => console.log('micro from then 1'));
  })
  .then(() => console.log('then 2'));
