// a var read before its declaration is hoisted and holds undefined
console.log(v);
var v = 10;
console.log(v);
function g() {
  console.log(inner);
  var inner = "set";
  console.log(inner);
}
g();
