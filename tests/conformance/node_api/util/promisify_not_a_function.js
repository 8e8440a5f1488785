// promisify checks its argument.
const util = require('util');

try {
  util.promisify(42);
} catch (error) {
  console.log(error.name, error.code);
  console.log(error.message);
}
