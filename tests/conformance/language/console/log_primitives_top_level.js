// strings print bare at top level, other primitives in their inspect form
console.log("plain string");
console.log(42, -1.5, true, null, undefined);
console.log(NaN, Infinity, -Infinity);
