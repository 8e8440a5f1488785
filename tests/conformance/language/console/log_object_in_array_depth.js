// depth counts each level of arrays and objects together
console.log([{ a: { b: { c: 1 } } }]);
console.log({ a: [{ b: [1] }] });
console.log([[{ a: 1 }]]);
