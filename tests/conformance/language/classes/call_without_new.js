// A class's constructor runs only with `new`.
class Robot {
  constructor(name) {
    this.name = name;
  }
}
try {
  Robot('r2');
} catch (error) {
  console.log(error instanceof TypeError, error.message);
}
try {
  Robot.call({}, 'r2');
} catch (error) {
  console.log(error.message);
}
class Tool {
  use() {
    return 'used';
  }
}
try {
  const method = new Tool().use;
  new method();
} catch (error) {
  console.log(error instanceof TypeError);
}
console.log(new Robot('c3po').name);
