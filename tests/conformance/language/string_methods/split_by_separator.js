// split on a string separator, with empty and missing separators
console.log("a,b,,c".split(","));
console.log("abc".split(""));
console.log("abc".split());
console.log("a-b-c".split("-", 2));
console.log("".split(","));
console.log("one  two".split(" "));
