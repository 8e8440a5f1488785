// statements after a throw inside try do not run
try {
  console.log("a");
  throw new Error("stop");
  console.log("b");
} catch (e) {
  console.log("c");
}
console.log("d");
