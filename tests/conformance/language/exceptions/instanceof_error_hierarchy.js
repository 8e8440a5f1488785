// specific error types are instances of Error but not of each other
const t = new TypeError("x");
console.log(t instanceof TypeError, t instanceof Error, t instanceof RangeError);
const r = new RangeError("y");
console.log(r instanceof RangeError, r instanceof Error, r instanceof TypeError);
