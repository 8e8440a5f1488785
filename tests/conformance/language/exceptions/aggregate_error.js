// AggregateError keeps a list of errors plus its own message
const agg = new AggregateError([new Error("a"), new TypeError("b")], "several failed");
console.log(agg.name);
console.log(agg.message);
console.log(agg.errors.length);
console.log(agg.errors.map((e) => e.name + ":" + e.message));
console.log(agg instanceof Error);
