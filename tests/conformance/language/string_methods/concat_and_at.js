// concat joins strings and at reads from either end
console.log("a".concat("b", 1, null));
console.log("hello".at(0), "hello".at(-1), "hello".at(9));
console.log("x".concat([1, 2], {}));
console.log(JSON.stringify("".at(0)));
