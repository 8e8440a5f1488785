// for...of over a string yields whole characters including astral ones
const out = [];
for (const ch of "a😀b") out.push(ch);
console.log(out);
console.log(out.length);
