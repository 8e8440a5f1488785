// sort with a comparator on string lengths, ties broken alphabetically
const words = ["pear", "fig", "banana", "kiwi", "apple"];
words.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
console.log(words);
