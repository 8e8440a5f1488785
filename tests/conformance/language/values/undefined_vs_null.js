// undefined and null are distinct values but loosely equal
let a;
const b = null;
console.log(a, b);
console.log(a === undefined, b === null);
console.log(a == b, a === b);
console.log(typeof a, typeof b);
