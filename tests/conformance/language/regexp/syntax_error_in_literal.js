// A bad pattern in a literal is an early error: nothing runs.
console.log('before');
const re = /(/;
console.log(re);
