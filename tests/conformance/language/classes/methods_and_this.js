// Methods are shared through the prototype; `this` is whoever the method is called on.
class Greeter {
  constructor(greeting) {
    this.greeting = greeting;
  }
  greet(name) {
    return `${this.greeting}, ${name}`;
  }
  ['shout' + 'Greet'](name) {
    return this.greet(name).toUpperCase();
  }
  async later(name) {
    await null;
    return this.greet(name);
  }
}
const hi = new Greeter('Hi');
const hello = new Greeter('Hello');
console.log(hi.greet('Ann'), hello.greet('Bob'), hi.greet === hello.greet);
console.log(hi.shoutGreet('Cy'), Greeter.prototype.shoutGreet.name);
const detached = hi.greet;
try {
  detached('Dee');
} catch (error) {
  console.log(error.constructor.name);
}
console.log(detached.call(hello, 'Eve'));
hi.later('Fay').then((text) => console.log('later:', text));
console.log('before later');
