// Rejecting with a non-Error value and no handler also ends the run with exit code 1.
console.log('before');
Promise.reject('plain string reason');
setImmediate(() => console.log('immediate never runs'));
