// "0", "false", " ", [], {} and function values are all truthy
const values = ["0", "false", " ", [], {}, function () {}, -1, Infinity];
for (const v of values) {
  if (v) console.log("truthy:", v);
  else console.log("falsy:", v);
}
