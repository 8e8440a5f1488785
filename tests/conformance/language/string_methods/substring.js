// substring swaps reversed arguments and clamps negative ones to zero
const s = "JavaScript";
console.log(s.substring(0, 4));
console.log(s.substring(4, 0));
console.log(s.substring(-3, 2));
console.log(s.substring(4));
