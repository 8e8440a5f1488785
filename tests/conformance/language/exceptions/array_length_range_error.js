// an invalid array length throws a RangeError
try {
  new Array(-1);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  "x".repeat(-1);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
