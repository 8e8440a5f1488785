// a ReferenceError for an undeclared variable passed as an argument points at the variable
console.log("before");
function report() {
  console.log("reporting", missingValue);
}
report();
