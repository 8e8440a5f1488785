// Resolving with a promise vs a value changes the order of otherwise identical chains.
new Promise((r) => r(Promise.resolve())).then(() => console.log('resolved with promise'));
new Promise((r) => r()).then(() => console.log('resolved with value'))
  .then(() => console.log('value chain 2'))
  .then(() => console.log('value chain 3'));
