// Number.prototype.toString accepts a radix
console.log((255).toString(16));
console.log((255).toString(2));
console.log((-10).toString(8));
console.log((35).toString(36));
