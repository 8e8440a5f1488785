// i, m and s change how a pattern matches.
console.log(/hello/i.test('HeLLo'));
console.log('one\ntwo'.match(/^two$/m)[0], /^two$/.test('one\ntwo'));
console.log(/a.b/.test('a\nb'), /a.b/s.test('a\nb'));
console.log(/\bcat\b/.test('a cat sat'), /\Bcat/.test('concat'));
console.log(/[a-c]+/.exec('xxbcaz')[0], /colou?r/.test('color'));
