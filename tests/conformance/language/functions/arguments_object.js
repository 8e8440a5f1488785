// the arguments object holds all passed arguments in non-arrow functions
function f() {
  console.log(arguments.length);
  console.log(arguments[0], arguments[2]);
  console.log(Array.from(arguments));
}
f("a", "b", "c");
