// an immediately invoked function expression runs once and returns a value
const result = (function () {
  const hidden = 21;
  return hidden * 2;
})();
console.log(result);
console.log((() => "arrow iife")());
