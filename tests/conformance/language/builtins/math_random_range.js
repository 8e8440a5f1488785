// Math.random returns a number in [0, 1) without printing the value
let ok = true;
for (let i = 0; i < 1000; i++) {
  const r = Math.random();
  if (typeof r !== "number" || r < 0 || r >= 1) ok = false;
}
console.log(typeof Math.random(), ok);
const dice = Math.floor(Math.random() * 6) + 1;
console.log(dice >= 1 && dice <= 6, Number.isInteger(dice));
