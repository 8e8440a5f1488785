// plain objects convert to "[object Object]" in string contexts
const o = { a: 1 };
console.log(String(o));
console.log("" + o);
console.log(o + 1);
console.log(String({ toString() { return "custom"; } }));
