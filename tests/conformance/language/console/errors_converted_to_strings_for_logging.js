// errors converted with String() print as "Name: message", bare at top level and quoted in containers
const e = new RangeError("bad range");
console.log(e.name, e.message);
console.log({ error: String(e) });
console.log([String(new TypeError("x"))]);
