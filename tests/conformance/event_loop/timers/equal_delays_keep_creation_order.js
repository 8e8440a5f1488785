// Timers with equal delays fire in the order they were created.
setTimeout(() => console.log('first'), 20);
setTimeout(() => console.log('second'), 20);
setTimeout(() => console.log('third'), 20);
setTimeout(() => console.log('fourth'), 20);
console.log('sync');
