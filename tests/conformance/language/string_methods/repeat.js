// repeat concatenates copies of a string
console.log("ab".repeat(3));
console.log(JSON.stringify("x".repeat(0)));
console.log("-".repeat(10));
