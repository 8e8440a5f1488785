// indexOf returns the first position or -1, includes returns a boolean
const s = "banana";
console.log(s.indexOf("an"), s.indexOf("an", 2), s.indexOf("x"));
console.log(s.lastIndexOf("an"));
console.log(s.includes("nan"), s.includes("Ban"));
console.log(s.indexOf(""), s.includes(""));
