// indexOf uses strict equality while includes also finds NaN
const a = [1, "2", NaN, 3, 1];
console.log(a.indexOf(1), a.indexOf(2), a.indexOf("2"));
console.log(a.indexOf(1, 1));
console.log(a.lastIndexOf(1));
console.log(a.includes(NaN), a.indexOf(NaN));
console.log(a.includes(3), a.includes("3"));
