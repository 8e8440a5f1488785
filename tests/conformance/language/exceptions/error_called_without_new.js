// Error constructors also work when called without new
const e = Error("no new");
console.log(e instanceof Error, e.message);
const t = TypeError("also");
console.log(t instanceof TypeError, t.name);
