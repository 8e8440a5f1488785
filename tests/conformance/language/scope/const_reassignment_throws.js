// assigning to a const binding throws a TypeError
const c = 1;
try {
  c = 2;
} catch (e) {
  console.log(e.name);
  console.log(e.message);
}
console.log(c);
