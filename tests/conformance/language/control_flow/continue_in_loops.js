// continue skips to the next iteration
const out = [];
for (let i = 0; i < 10; i++) {
  if (i % 3 !== 0) continue;
  out.push(i);
}
console.log(out);
let i = 0;
const odd = [];
while (i < 7) { i++; if (i % 2 === 0) continue; odd.push(i); }
console.log(odd);
