// a long numeric array nested in an object is grouped into columns with deeper indentation
const data = { id: 7, samples: [] };
for (let i = 1; i <= 26; i++) data.samples.push(i * i);
console.log(data);
console.log({ nested: { values: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] } });
