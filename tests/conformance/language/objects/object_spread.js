// spread in object literals copies properties and later ones win
const base = { a: 1, b: 2 };
const ext = { ...base, b: 20, c: 30 };
console.log(ext);
const over = { b: 0, ...base };
console.log(over);
console.log({ ...null, ...undefined, ..."hi" });
