// A message given to assert() replaces the generated one.
const assert = require('assert');

const user = { name: 'Ada', age: 0 };
assert(user.name, 'user needs a name');
assert(user.age, 'user needs an age');
