// Path functions take strings only.
const path = require('path');

try {
  path.join('a', 42);
} catch (error) {
  console.log(error.code + ': ' + error.message);
}
path.basename(null);
