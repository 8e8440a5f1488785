// a string built with += in a loop accumulates correctly
let s = "";
for (let i = 0; i < 5; i++) {
  s += i + ",";
}
console.log(s);
console.log(s.length);
