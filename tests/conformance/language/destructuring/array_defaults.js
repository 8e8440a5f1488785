// defaults in array patterns apply only to undefined elements
const [a = 1, b = 2, c = 3] = [undefined, null, 0];
console.log(a, b, c);
const [d = "def"] = [];
console.log(d);
