// reading a let before its declaration throws a ReferenceError
try {
  console.log(x);
} catch (e) {
  console.log(e.name);
  console.log(e.message);
}
let x = 1;
console.log(x);
