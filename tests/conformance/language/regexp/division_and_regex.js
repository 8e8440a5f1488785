// `/` after a value divides; where an expression starts it opens a regex literal.
const a = 10, b = 2, g = 5;
console.log(a / b / g);
console.log((a) / b);
const parts = [/x/, /y/g];
console.log(parts.length, /z/.test('z'));
function f() { return /abc/.test('xabcx'); }
console.log(f());
let n = 8;
n /= 2;
console.log(n, /=+/.exec('a==b')[0]);
console.log(['a', 'b'].map(s => /a/.test(s)));
