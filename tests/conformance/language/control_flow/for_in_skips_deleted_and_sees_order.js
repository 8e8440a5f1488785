// for...in lists integer-like keys first in ascending order, then other keys in insertion order
const o = {};
o.z = 1;
o["5"] = 2;
o.a = 3;
o["1"] = 4;
o["-1"] = 5;
const keys = [];
for (const k in o) keys.push(k);
console.log(keys.join(" "));
