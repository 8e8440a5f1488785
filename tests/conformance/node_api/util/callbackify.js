// callbackify turns an async function into an error-first callback API.
const util = require('util');

async function double(n) {
  if (n < 0) throw new Error('negative');
  return n * 2;
}
async function rejectsWithNull() {
  return Promise.reject(null);
}

const doubleCallback = util.callbackify(double);
doubleCallback(21, (error, value) => console.log('ok:', error, value));
doubleCallback(-1, (error) => console.log('error:', error.message));
util.callbackify(rejectsWithNull)((error) => {
  console.log(error.message, error.code, error.reason);
});
console.log('sync');
