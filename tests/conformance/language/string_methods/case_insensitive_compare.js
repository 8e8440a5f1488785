// comparing strings case-insensitively by lowercasing both
const a = "Hello", b = "hELLO";
console.log(a === b, a.toLowerCase() === b.toLowerCase());
console.log(["b", "A", "c"].sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : 1)));
