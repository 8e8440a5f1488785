// A busy-wait on Date.now() blocks the loop: a due timer waits until the script ends.
const start = Date.now();
setTimeout(() => console.log('timer, waited at least 100:', Date.now() - start >= 100), 10);
while (Date.now() - start < 100) {}
console.log('busy wait ended');
