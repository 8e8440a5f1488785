// process.nextTick passes extra arguments to its callback.
process.nextTick((a, b) => console.log('args', a, b), 'one', 2);
process.nextTick((...all) => console.log('count', all.length), 1, 2, 3);
process.nextTick(function (x) {
  console.log('regular function got', x);
}, 'value');
console.log('sync');
