// a plain object used as a dictionary counts word occurrences
const words = "the cat and the hat and the bat".split(" ");
const counts = {};
for (const w of words) {
  counts[w] = (counts[w] || 0) + 1;
}
console.log(counts);
