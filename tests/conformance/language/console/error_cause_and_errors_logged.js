// console.error shows an error's cause and an AggregateError's errors as [cause] and [errors]
console.error(new Error("request failed", { cause: "connection reset" }));
console.error(new AggregateError([1, "two"], "several"));
const named = new TypeError("bad input");
named.name = "TypeError";
console.error(named);
console.log("done");
