// interpolating -0 into a template prints 0
const z = -0;
console.log(`${z}`);
console.log(z);
console.log(`${[z]}`);
