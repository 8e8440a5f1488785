// some and every test elements and are vacuous on empty arrays
const a = [2, 4, 6];
console.log(a.some((x) => x > 5), a.some((x) => x > 6));
console.log(a.every((x) => x % 2 === 0), a.every((x) => x > 2));
console.log([].some(() => true), [].every(() => false));
