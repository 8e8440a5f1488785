// a default clause in the middle is used only when nothing matches, and falls through
function f(x) {
  const out = [];
  switch (x) {
    case "a": out.push("a");
    default: out.push("default");
    case "b": out.push("b");
  }
  return out.join(",");
}
console.log(f("a"));
console.log(f("b"));
console.log(f("z"));
