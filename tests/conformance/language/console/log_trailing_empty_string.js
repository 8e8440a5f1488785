// a trailing empty string argument leaves a trailing space
console.log("value", "");
console.log("");
console.log();
console.log("", "");
