// for...of iterates array values in order
const fruits = ["apple", "banana", "cherry"];
for (const f of fruits) {
  console.log(f);
}
for (const [i, f] of fruits.entries()) console.log(i, f);
