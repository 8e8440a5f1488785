// reading an undeclared variable throws "<name> is not defined"
try {
  console.log(nowhere);
} catch (e) {
  console.log(e.name);
  console.log(e.message);
  console.log(e instanceof ReferenceError);
}
