// new RegExp from a string or another RegExp, and invalid patterns caught as SyntaxError.
const re = new RegExp('\\d+', 'g');
console.log(re, re.test('a12'), re.lastIndex);
const copy = new RegExp(re, 'i');
console.log(copy, RegExp('x').source);
try {
  new RegExp('(');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  new RegExp('a', 'gg');
} catch (e) {
  console.log(e instanceof SyntaxError, e.message);
}
try {
  new RegExp('[b-a]');
} catch (e) {
  console.log(e.message);
}
