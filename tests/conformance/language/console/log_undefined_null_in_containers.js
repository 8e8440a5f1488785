// undefined and null inside containers print as keywords
console.log([undefined, null]);
console.log({ u: undefined, n: null });
console.log([null, [undefined], { x: [null] }]);
