// toUpperCase and toLowerCase convert letters and leave others alone
console.log("Hello, World 42!".toUpperCase());
console.log("Hello, World 42!".toLowerCase());
console.log("straße".toUpperCase());
console.log("ÉCOLE".toLowerCase());
