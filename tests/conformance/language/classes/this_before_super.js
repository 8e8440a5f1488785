// In a subclass's constructor, `this` exists only once super(...) has returned.
class Vehicle {
  constructor(wheels) {
    this.wheels = wheels;
  }
}
class Bike extends Vehicle {
  constructor() {
    this.bell = true;
    super(2);
  }
}
class Car extends Vehicle {
  constructor() {
    super(4);
    super(4);
  }
}
class Ghost extends Vehicle {
  constructor() {}
}
for (const Kind of [Bike, Car, Ghost]) {
  try {
    new Kind();
  } catch (error) {
    console.log(Kind.name, error.constructor.name, error.message);
  }
}
