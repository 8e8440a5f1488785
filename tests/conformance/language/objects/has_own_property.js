// hasOwnProperty and Object.hasOwn ignore inherited properties
const o = { own: 1 };
console.log(o.hasOwnProperty("own"), o.hasOwnProperty("toString"));
console.log(Object.hasOwn(o, "own"), Object.hasOwn(o, "toString"));
console.log("toString" in o);
