// assert(value) quotes the expression that was falsy.
const assert = require('assert');

const items = [];
assert(items.length === 0);
assert.ok(items.length > 0);
