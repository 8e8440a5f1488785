// splice removes and inserts in place and returns the removed elements
const a = ["a", "b", "c", "d", "e"];
console.log(a.splice(1, 2));
console.log(a);
console.log(a.splice(1, 0, "x", "y"));
console.log(a);
console.log(a.splice(-1));
console.log(a);
console.log(a.splice(1, 1, "Z"));
console.log(a);
