// spread copies and combines arrays shallowly
const a = [1, 2];
const b = [...a, 3];
const c = [0, ...a, ...b];
console.log(b, c);
const inner = [[1]];
const copy = [...inner];
copy[0].push(2);
console.log(inner);
