// catching inside a loop lets the loop continue with later items
const inputs = ["1", "[2]", "bad", "{\"a\":3}"];
for (const s of inputs) {
  try {
    console.log("ok", JSON.stringify(JSON.parse(s)));
  } catch (e) {
    console.log("failed", e.name);
  }
}
