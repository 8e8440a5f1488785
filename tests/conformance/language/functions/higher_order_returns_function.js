// a function can return another function
function multiplier(k) {
  return function (x) { return x * k; };
}
const triple = multiplier(3);
console.log(triple(7));
console.log(multiplier(10)(4));
