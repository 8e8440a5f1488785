// reduce of an empty array without an initial value throws a TypeError
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
