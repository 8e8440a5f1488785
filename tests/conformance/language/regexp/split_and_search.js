// split with a regex (captures included, limit honoured) and search.
console.log('a, b,c ,  d'.split(/\s*,\s*/));
console.log('one1two22three'.split(/(\d+)/));
console.log('abc'.split(/(?:)/), ''.split(/x/), ''.split(/(?:)/));
console.log('a b c d'.split(/ /, 2));
console.log('hello world'.search(/o/), 'hello'.search(/z/), 'a.b'.search('.'));
