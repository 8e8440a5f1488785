// an undeclared variable read after other code in an initializer is pointed at, not the statement
const limit = 10;
let total = limit + missingCount;
console.log("never printed", total);
