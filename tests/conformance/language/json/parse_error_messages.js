// JSON.parse of bad input throws a SyntaxError with a descriptive message
const inputs = ["{bad}", "", "[1,]", "{\"a\":1", "undefined", "'single'"];
for (const s of inputs) {
  try {
    JSON.parse(s);
  } catch (e) {
    console.log(e.name + " | " + e.message);
  }
}
