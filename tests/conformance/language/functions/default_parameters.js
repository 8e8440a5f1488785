// default parameter values apply when the argument is undefined
function greet(name = "stranger", punct = "!") {
  return "hi " + name + punct;
}
console.log(greet());
console.log(greet("Bo"));
console.log(greet(undefined, "?"));
console.log(greet(null));
