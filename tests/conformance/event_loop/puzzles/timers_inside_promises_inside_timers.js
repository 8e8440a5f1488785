// Nested mix: timer -> promise -> timer and promise -> timer -> promise.
setTimeout(() => {
  console.log('T1');
  Promise.resolve().then(() => {
    console.log('T1 -> P');
    setTimeout(() => console.log('T1 -> P -> T'), 0);
  });
}, 0);
Promise.resolve().then(() => {
  console.log('P1');
  setTimeout(() => {
    console.log('P1 -> T');
    Promise.resolve().then(() => console.log('P1 -> T -> P'));
  }, 0);
});
