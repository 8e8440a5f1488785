// Static blocks run once, when the class is defined, in order with the static fields, with
// `this` the class; they may use super, let, loops and arrows, and see the class's private state.
console.log('before the class');
class Base {
  static greet() { return 'base hello'; }
}
class Registry extends Base {
  static first = 'first field';
  static {
    console.log('block 1 sees', this.first, 'and', this.second);
    this.items = [];
    for (let i = 0; i < 3; i++) this.items.push(i * i);
    const add = (x) => this.items.push(x);
    add(100);
    console.log('super says', super.greet());
  }
  static second = 'second field';
  static {
    var counted = this.items.length;
    console.log('block 2 counts', counted, 'and sees', this.second);
    try {
      this.missing.call();
    } catch (e) {
      console.log('caught in block:', e.name);
    }
  }
  constructor() {
    super();
    console.log('constructor runs later');
  }
}
console.log('after the class', Registry.items);
new Registry();
const Anonymous = class {
  static { this.tag = 'expression'; }
};
console.log(Anonymous.tag, typeof Anonymous.counted);
