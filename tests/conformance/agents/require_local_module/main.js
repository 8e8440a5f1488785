// require('./file') runs the file once and gives its module.exports.
const math = require('./math');
const again = require('./math.js');
console.log(math.add(2, 3), math.name, math === again);
