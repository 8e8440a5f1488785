// Nested executors run synchronously; the outer then waits for the inner resolution.
console.log('A');
new Promise((resolve) => {
  console.log('B');
  new Promise((innerResolve) => {
    console.log('C');
    innerResolve();
  }).then(() => console.log('E'));
  resolve();
}).then(() => console.log('F'));
console.log('D');
