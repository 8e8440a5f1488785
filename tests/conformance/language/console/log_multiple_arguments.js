// multiple arguments are separated by single spaces
console.log("a", 1, ["b"], { c: 2 });
console.log("x", "y", "z");
console.log(1, "", 2);
