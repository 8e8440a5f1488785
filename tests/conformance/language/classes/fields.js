// Instance fields are defined on each new object before the constructor's body runs (or, in a
// subclass, as soon as super(...) returns), with `this` being the new object.
class Queue {
  items = [];
  size = 0;
  label = `queue #${++Queue.made}`;
  static made = 0;
  push(item) {
    this.items.push(item);
    this.size++;
    return this;
  }
}
const a = new Queue().push('x').push('y');
const b = new Queue();
console.log(a, b);
console.log(a.items === b.items);
class Base {
  kind = 'base';
  constructor() {
    console.log('Base constructor sees', this.kind);
  }
}
class Derived extends Base {
  extra = this.kind + '+derived';
  constructor() {
    super();
    console.log('after super:', this.extra);
  }
}
console.log(new Derived());
class Handlers {
  name = 'handlers';
  onClick = () => `clicked ${this.name}`;
}
const { onClick } = new Handlers();
console.log(onClick());
