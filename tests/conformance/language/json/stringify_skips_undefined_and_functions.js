// undefined and function values are dropped in objects but become null in arrays
console.log(JSON.stringify({ a: undefined, b: () => 1, c: 3 }));
console.log(JSON.stringify([undefined, function () {}, 3]));
console.log(JSON.stringify({ n: NaN, i: Infinity }));
