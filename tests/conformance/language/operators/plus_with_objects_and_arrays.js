// + with arrays and objects converts them to strings
console.log([1, 2] + [3]);
console.log([] + []);
console.log([] + {});
console.log({} + "x");
console.log([1] + 1);
console.log(typeof ([] + []));
