// string methods can be called directly on literals and converted numbers
console.log("abc".toUpperCase().length);
console.log(String(12345).split("").reverse().join(""));
console.log((42).toString().padStart(5, "*"));
