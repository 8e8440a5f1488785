// template literals keep literal newlines and indentation
const s = `line one
  line two
line three`;
console.log(s);
console.log(s.split("\n").length);
