// shorthand properties take the value of the same-named variable
const x = 1, y = "two";
const o = { x, y };
console.log(o);
