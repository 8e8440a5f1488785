// padStart and padEnd pad to a target length
console.log("5".padStart(3, "0"));
console.log("abc".padEnd(6, ".") + "|");
console.log("abc".padStart(2, "x"));
console.log("7".padStart(5, "ab"));
console.log("[" + "x".padEnd(4) + "]");
