// ++ converts a string operand to a number
let s = "5";
s++;
console.log(s, typeof s);
let t = "abc";
t++;
console.log(t);
let u = null;
u++;
console.log(u);
