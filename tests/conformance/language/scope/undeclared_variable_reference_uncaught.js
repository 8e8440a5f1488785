// reading an undeclared variable throws an uncaught ReferenceError
console.log("before");
function compute() {
  return total + 1;
}
console.log(compute());
console.log("never printed");
