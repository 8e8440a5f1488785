// combining split, charAt, toUpperCase, slice and join capitalizes words
const title = "the quick brown fox"
  .split(" ")
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  .join(" ");
console.log(title);
