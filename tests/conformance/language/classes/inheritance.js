// A subclass: super(...) builds the object, super.method() reaches the parent's method.
class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return `${this.name} makes a sound`;
  }
  describe() {
    return `${this.constructor.name} called ${this.name}`;
  }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() {
    return `${super.speak()}: woof`;
  }
}
class Puppy extends Dog {
  speak() {
    return super.speak() + '!';
  }
}
const rex = new Dog('Rex', 'labrador');
const bit = new Puppy('Bit', 'beagle');
console.log(rex.speak());
console.log(bit.speak());
console.log(bit.describe());
console.log(rex, bit);
console.log(bit instanceof Puppy, bit instanceof Dog, bit instanceof Animal, rex instanceof Puppy);
console.log(Dog, Puppy);
console.log(Object.getPrototypeOf(Puppy) === Dog, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
