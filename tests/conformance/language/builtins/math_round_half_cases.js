// Math.round rounds .5 toward +Infinity and can yield -0
console.log(Math.round(0.5), Math.round(1.5), Math.round(-0.5), Math.round(-1.5));
console.log(Math.round(-0.4));
console.log(Math.ceil(-0.5));
