// A microtask never interrupts the running callback, even a long loop.
queueMicrotask(() => console.log('micro'));
let sum = 0;
for (let i = 0; i < 100000; i++) sum += i;
console.log('sum', sum);
