// slice extracts a substring and supports negative indexes
const s = "JavaScript";
console.log(s.slice(0, 4));
console.log(s.slice(4));
console.log(s.slice(-6));
console.log(s.slice(-6, -3));
console.log(JSON.stringify(s.slice(5, 2)));
