// Strings: building a long string piece by piece and joining an array of parts.
var N = 100000;
var text = '';
for (var i = 0; i < N; i++) text += i % 10;
var parts = [];
for (var j = 0; j < N; j++) parts.push('item' + j);
var joined = parts.join(',');
console.log(text.length, joined.length, text.slice(0, 12));
