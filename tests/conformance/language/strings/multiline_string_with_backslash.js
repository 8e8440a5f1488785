// a backslash at the end of a line continues the string literal
const s = "first \
second";
console.log(s);
console.log(s.length);
