// a nested function can reassign a variable from an enclosing scope
let count = 0;
function bump() {
  count = count + 1;
}
bump();
bump();
console.log(count);
