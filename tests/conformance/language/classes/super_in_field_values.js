// super.x in field values: an instance field's reads the parent's prototype, a static field's
// the parent class; arrows in field values keep both `this` and the method's home.
class Animal {
  static kind() { return 'animal'; }
  sound() { return '...'; }
}
class Dog extends Animal {
  static label = `a ${super.kind()}`;
  base = super.sound();
  bark = () => this.base + '!';
}
console.log(Dog.label, new Dog().base, new Dog().bark());
