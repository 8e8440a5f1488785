// arrays nested deeper than two levels print as [Array]
console.log([1, [2, [3, [4, [5]]]]]);
console.log([[[[]]]]);
console.log({ a: [[["x"]]] });
