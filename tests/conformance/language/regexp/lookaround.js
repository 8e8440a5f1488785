// Lookahead and lookbehind, positive and negative.
console.log('price: $42, tax: $7'.match(/(?<=\$)\d+/g));
console.log('foobar foobaz'.match(/foo(?=baz)/).index);
console.log('a1 b2 c3'.replace(/(?<!b)\d/g, '#'));
console.log('xay xby'.match(/x(?!a)./g));
