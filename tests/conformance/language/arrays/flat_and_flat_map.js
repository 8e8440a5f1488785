// flat flattens nested arrays and flatMap maps then flattens one level
console.log([1, [2, [3, [4]]]].flat());
console.log([1, [2, [3, [4]]]].flat(2));
console.log([1, 2, 3].flatMap((x) => [x, x * 10]));
