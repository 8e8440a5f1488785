// An array that doubles forever: node dies with "FATAL ERROR: Reached heap limit" (exit 134).
console.log('start');
let a = [1];
while (true) a = a.concat(a);
