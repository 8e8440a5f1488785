// an error thrown inside a forEach callback escapes the loop uncaught
const items = [1, 2, 0, 4];
items.forEach((n) => {
  if (n === 0) throw new RangeError("zero not allowed");
  console.log("item", n);
});
console.log("unreachable");
