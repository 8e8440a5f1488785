// arrays with more than 100 elements show "... more items"
const a = [];
for (let i = 0; i < 120; i++) a.push(i);
console.log(a);
