// a let loop variable is not visible after the loop but a var one is
for (var v = 0; v < 3; v++) {}
for (let l = 0; l < 3; l++) {}
console.log(v);
console.log(typeof l);
