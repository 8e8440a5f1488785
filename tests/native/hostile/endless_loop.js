// An endless synchronous loop: node runs it until it is killed; Threadhouse stops it at the
// instruction limit or the --timeout the test gives.
console.log('start');
let i = 0;
while (true) i++;
