// bracket indexing reads single characters and out of range gives undefined
const s = "hello";
console.log(s[0], s[4]);
console.log(s[5]);
console.log(s[-1]);
console.log(s.length);
