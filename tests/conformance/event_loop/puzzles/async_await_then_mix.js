// await inside a then callback: the callback's promise only settles when the async work finishes.
Promise.resolve()
  .then(async () => {
    console.log('then A start');
    await null;
    console.log('then A after await');
  })
  .then(() => console.log('after A'));
Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'))
  .then(() => console.log('B4'))
  .then(() => console.log('B5'));
