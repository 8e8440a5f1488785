// conditional expressions inside template literals
for (const n of [1, 2, 3]) {
  console.log(`${n} item${n === 1 ? "" : "s"}`);
}
