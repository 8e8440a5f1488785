// util.promisify(setTimeout) and util.promisify(setImmediate) resolve with the value given.
const util = require('util');

const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);

immediate('immediate')
  .then((value) => {
    console.log(value);
    setTimeout(() => console.log('timeout 30'), 30);
    return sleep(10, 'slept');
  })
  .then((value) => console.log(value));
console.log('sync');
