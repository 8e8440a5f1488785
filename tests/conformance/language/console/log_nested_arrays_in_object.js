// arrays inside objects and objects inside arrays mix correctly
console.log({ matrix: [[1, 2], [3, 4]], tags: ["a"], meta: { count: 2 } });
console.log([{ a: [1, { b: 2 }] }]);
console.log({ list: [{ id: 1, tags: ["x", "y"] }] });
