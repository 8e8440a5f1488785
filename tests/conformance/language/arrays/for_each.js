// forEach calls the callback with element, index and array, and returns undefined
const r = ["x", "y"].forEach((v, i, arr) => {
  console.log(v, i, arr.length);
});
console.log(r);
