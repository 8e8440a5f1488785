// includes and indexOf find objects only by identity
const o = { a: 1 };
const list = [o, { a: 2 }];
console.log(list.includes(o), list.includes({ a: 1 }));
console.log(list.indexOf(o), list.indexOf({ a: 2 }));
