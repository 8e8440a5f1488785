// The u flag: property escapes, code point matching and UTF-16 indices.
console.log('héllo wörld 123'.match(/\p{L}+/gu));
console.log(/^.$/u.test('😀'), /^.$/.test('😀'));
console.log('a😀b'.search(/b/), 'a😀b'.split(/😀/u));
console.log('ÄÖÜ äöü'.replace(/\p{Lu}/gu, c => c.toLowerCase()));
const m = /(é+)/.exec('café é!');
console.log(m.index, m[1]);
