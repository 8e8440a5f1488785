// var ignores blocks and is scoped to the enclosing function
function f() {
  if (true) {
    var v = "inside if";
  }
  console.log(v);
}
f();
{
  var w = 1;
}
console.log(w);
