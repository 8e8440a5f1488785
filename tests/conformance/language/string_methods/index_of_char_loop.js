// indexOf with a start position finds all occurrences
const s = "a-b-c-d";
const positions = [];
let i = s.indexOf("-");
while (i !== -1) {
  positions.push(i);
  i = s.indexOf("-", i + 1);
}
console.log(positions);
