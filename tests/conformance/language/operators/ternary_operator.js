// the conditional operator chooses a branch and can be chained
function grade(n) {
  return n >= 90 ? "A" : n >= 80 ? "B" : n >= 70 ? "C" : "F";
}
console.log(grade(95), grade(85), grade(75), grade(10));
console.log(0 ? "yes" : "no");
console.log("" ? "yes" : "no", "0" ? "yes" : "no");
