// arrays longer than six numbers are grouped into aligned columns
const a = [];
for (let i = 0; i < 30; i++) a.push(i * 7);
console.log(a);
