// === never converts types
console.log(1 === 1);
console.log(1 === "1");
console.log(null === undefined);
console.log(0 === -0);
console.log("a" === "a");
console.log(true === 1);
