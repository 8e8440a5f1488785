// object pattern defaults apply for missing or undefined properties
const { a = 1, b = 2, c = 3 } = { b: null, c: undefined };
console.log(a, b, c);
const { d: renamed = "dflt" } = {};
console.log(renamed);
