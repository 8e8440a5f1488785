// indents larger than 10 are clamped to 10 spaces
const s = JSON.stringify({ a: 1 }, null, 20);
console.log(s);
console.log(s.split("\n")[1].indexOf("\"a\""));
