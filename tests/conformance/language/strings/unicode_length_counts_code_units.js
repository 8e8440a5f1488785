// length counts UTF-16 code units, so astral characters count twice
console.log("abc".length);
console.log("é".length);
console.log("😀".length);
console.log("日本語".length);
console.log("😀"[0] === "\ud83d");
