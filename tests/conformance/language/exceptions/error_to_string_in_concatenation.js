// errors concatenate as "Name: message"
const e = new RangeError("out of range");
console.log("got " + e);
console.log(`${new TypeError("t")}`);
e.name = "CustomName";
console.log(String(e));
