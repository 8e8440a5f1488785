// an object interpolated into a template prints [object Object], unlike console.log
const o = { a: 1 };
console.log(`${o}`);
console.log(o);
console.log(`${[o, o]}`);
