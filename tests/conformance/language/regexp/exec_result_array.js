// The exec result is an array with index, input and groups.
const m = /(\d+)-(\d+)?/.exec('ab 12- cd');
console.log(m);
console.log(m.length, m.index, m.input, m.groups, m[2]);
console.log(/x/.exec('abc'));
