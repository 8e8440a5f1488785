// Object.keys, Object.values and Object.entries list own enumerable properties
const o = { x: 1, y: [2], z: "3" };
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(Object.entries(o));
console.log(Object.keys({}).length);
