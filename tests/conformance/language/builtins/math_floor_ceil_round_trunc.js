// floor, ceil, round and trunc on positive and negative values
for (const x of [2.5, 2.4, -2.5, -2.6, 3]) {
  console.log(x, Math.floor(x), Math.ceil(x), Math.round(x), Math.trunc(x));
}
