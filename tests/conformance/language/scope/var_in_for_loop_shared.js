// a var loop counter is shared, so closures see its final value
const fns = [];
for (var i = 0; i < 3; i++) {
  fns.push(() => i);
}
console.log(fns.map((f) => f()));
console.log(i);
