// switch selects the case matching with strict equality
function name(n) {
  switch (n) {
    case 1: return "one";
    case 2: return "two";
    case "1": return "string one";
    default: return "other";
  }
}
console.log(name(1), name(2), name("1"), name(3));
