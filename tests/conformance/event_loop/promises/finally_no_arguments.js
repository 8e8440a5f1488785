// The finally callback receives no arguments, whether the promise fulfilled or rejected.
Promise.resolve(5)
  .finally((...args) => console.log('finally args:', args.length));
Promise.reject(6)
  .finally((...args) => console.log('finally args after reject:', args.length))
  .catch((r) => console.log('still rejected with', r));
