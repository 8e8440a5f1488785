// Course seed 3: the 1000 ms timer fires before the 2000 ms one, after all sync logs.
console.log("Restaurant is opening...");

setTimeout(() => {
  console.log("Chef is cooking dish 1...");
}, 2000);

setTimeout(() => {
  console.log("Chef is cooking dish 2...");
}, 1000);

console.log("Chef is preparing orders...");
