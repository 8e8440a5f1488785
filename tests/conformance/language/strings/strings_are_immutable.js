// assigning to a string index has no effect
let s = "cat";
s[0] = "b";
console.log(s);
const t = s.toUpperCase();
console.log(s, t);
