// console.info formats exactly like console.log
const v = { a: [1, "x"], b: null };
console.log(v);
console.info(v);
console.info("text", 5);
