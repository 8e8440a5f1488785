// trim removes leading and trailing whitespace
const s = "  \t padded \n ";
console.log("[" + s.trim() + "]");
console.log("[" + s.trimStart() + "]");
console.log("[" + s.trimEnd() + "]");
