// relational operators on strings compare code units lexicographically
console.log("apple" < "banana");
console.log("Zebra" < "apple");
console.log("10" < "9");
console.log("abc" < "abcd");
console.log("a" > "A");
console.log("" < "a");
