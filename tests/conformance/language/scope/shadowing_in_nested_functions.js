// inner functions see the nearest enclosing binding
const name = "global";
function outer() {
  const name = "outer";
  function inner() {
    const name = "inner";
    return name;
  }
  return [name, inner()];
}
console.log(outer(), name);
