// A string that doubles forever: node throws RangeError: Invalid string length.
console.log('start');
let s = 'x';
while (true) s += s;
