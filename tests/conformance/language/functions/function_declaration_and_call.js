// a function declaration returns a value to its caller
function add(a, b) {
  return a + b;
}
console.log(add(2, 3));
console.log(add("a", "b"));
console.log(add(1));
