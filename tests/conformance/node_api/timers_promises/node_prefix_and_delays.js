// node:timers/promises is the same module; shorter delays resolve first.
const { setTimeout: delay } = require('node:timers/promises');

delay(60, 'slow').then(console.log);
delay(20, 'fast').then(console.log);
delay(40).then((value) => console.log('medium', value));
Promise.all([delay(10, 'a'), delay(2, 'b')]).then((values) => console.log(values));
