// a var holding a function expression is undefined before the assignment
console.log(typeof f);
try {
  f();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
var f = function () { return 1; };
console.log(f());
