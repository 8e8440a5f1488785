// The promisified function keeps `this`, and its promise settles in a microtask after the
// callback runs.
const util = require('util');

const counter = {
  count: 5,
  read(callback) {
    process.nextTick(() => callback(null, this.count));
  },
};
counter.readAsync = util.promisify(counter.read);

counter.readAsync().then((value) => console.log('value', value));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
console.log('sync');
