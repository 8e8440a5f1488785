// && and || return one of their operands, not a boolean
console.log(1 && 2);
console.log(0 && 2);
console.log("" || "default");
console.log("value" || "default");
console.log(null || undefined);
console.log(1 && null && 3);
console.log(0 || false || "last");
