// One chef (a single thread) and two timed dishes: the shorter timer is served first.
console.log("Restaurant is opening...");

setTimeout(() => {
  console.log("Chef is cooking dish 1...");
}, 2000);

setTimeout(() => {
  console.log("Chef is cooking dish 2...");
}, 1000);

console.log("Chef is preparing orders...");
