// Ticks drain, then microtasks drain, then ticks queued by those microtasks, then more microtasks.
process.nextTick(() => {
  console.log('tick A');
  Promise.resolve().then(() => {
    console.log('promise from tick A');
    process.nextTick(() => {
      console.log('tick from promise');
      Promise.resolve().then(() => console.log('promise from tick from promise'));
    });
  });
});
process.nextTick(() => console.log('tick B'));
