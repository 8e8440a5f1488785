// reassigning an existing key keeps its original position
const o = { first: 1, second: 2, third: 3 };
o.first = 100;
o.fourth = 4;
console.log(Object.keys(o));
delete o.second;
o.second = 22;
console.log(Object.keys(o));
