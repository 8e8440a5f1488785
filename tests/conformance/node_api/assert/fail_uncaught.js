// assert.fail ends the program with its own message.
const assert = require('assert');

const state = 'broken';
if (state !== 'ready') assert.fail('state should be ready, got ' + state);
