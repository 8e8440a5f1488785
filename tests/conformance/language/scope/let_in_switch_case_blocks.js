// let bindings in a switch case block are scoped to that block
const k = 2;
switch (k) {
  case 1: {
    let msg = "one";
    console.log(msg);
    break;
  }
  case 2: {
    let msg = "two";
    console.log(msg);
    break;
  }
}
