// new Array(n).fill(v) creates a pre-filled array
console.log(new Array(3).fill(0));
console.log(new Array(2).fill("x").map((s, i) => s + i));
console.log([1, 2, 3, 4].fill(9, 1, 3));
