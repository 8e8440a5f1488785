// if / else if / else picks the first matching branch
function classify(n) {
  if (n < 0) return "negative";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else return "large";
}
console.log([-5, 0, 3, 42].map(classify));
