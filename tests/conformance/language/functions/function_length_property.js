// length counts parameters before the first default or rest parameter
function a(x, y) {}
function b(x, y = 1, z) {}
function c(...args) {}
const d = (p, q, r) => {};
console.log(a.length, b.length, c.length, d.length);
