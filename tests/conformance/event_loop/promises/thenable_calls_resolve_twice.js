// A thenable that calls its callbacks more than once only counts the first call.
const thenable = {
  then(resolve, reject) {
    resolve('first');
    resolve('second');
    reject('third');
  },
};
Promise.resolve(thenable).then((v) => console.log('value', v), (r) => console.log('never', r));
