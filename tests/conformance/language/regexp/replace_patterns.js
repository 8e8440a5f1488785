// Replacement strings: $1, $&, $`, $', $$ and a function receiving the captures.
const s = 'John Smith';
console.log(s.replace(/(\w+)\s(\w+)/, '$2, $1'));
console.log('abc'.replace(/b/, '[$&]'), 'abc'.replace(/b/, "[$`|$']"), 'abc'.replace(/b/, '$$'));
console.log('a-b-c'.replace(/-/g, '+'), 'a-b-c'.replace(/-/, '+'));
console.log('x1y22z'.replace(/\d+/g, (match, offset, string) => `<${match}@${offset}/${string.length}>`));
console.log('2024-05'.replace(/(\d+)-(\d+)/, (m, y, mo, off, str) => [m, y, mo, off, str].join('|')));
console.log('a.b.c'.replaceAll(/\./g, '/'), 'aaa'.replace(/a*/g, 'X'));
console.log('$1 stays'.replace(/stays/, '$9'));
try {
  'abc'.replaceAll(/b/, 'x');
} catch (e) {
  console.log(e.name);
}
