// an arrow function property does not get the object as this
const o = {
  name: "obj",
  regular() { return typeof this; },
  viaArrow() { const inner = () => this.name; return inner(); },
};
console.log(o.regular());
console.log(o.viaArrow());
