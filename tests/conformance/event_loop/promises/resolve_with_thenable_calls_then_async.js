// resolve(thenable) calls the thenable's then method in a later microtask, not synchronously.
const thenable = {
  then(onFulfilled) {
    console.log('then method called');
    onFulfilled('from thenable');
  },
};
new Promise((resolve) => resolve(thenable)).then((v) => console.log('resolved with', v));
console.log('sync end');
