// + concatenates strings and converts other operands to strings
console.log("a" + "b");
console.log("n=" + 5);
console.log(1 + 2 + "3");
console.log("1" + 2 + 3);
console.log("x" + null + undefined + true);
console.log("arr:" + [1, 2, 3]);
console.log("obj:" + {});
