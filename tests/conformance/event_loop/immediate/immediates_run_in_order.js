// setImmediate callbacks run in the order they were queued, after the script.
setImmediate(() => console.log('immediate 1'));
setImmediate(() => console.log('immediate 2'));
setImmediate(() => console.log('immediate 3'));
console.log('sync');
