// a default value can refer to earlier parameters and is evaluated per call
let calls = 0;
function next() { return ++calls; }
function f(a, b = a * 2, c = next()) {
  return [a, b, c];
}
console.log(f(1));
console.log(f(2, 5));
console.log(f(3, undefined, 99));
console.log(calls);
