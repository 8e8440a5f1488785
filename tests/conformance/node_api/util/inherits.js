// The pre-class way to make one constructor extend another.
const util = require('util');
const EventEmitter = require('events');

function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () {
  return this.name + ' makes a sound';
};
function Dog(name) {
  Animal.call(this, name);
}
util.inherits(Dog, Animal);
Dog.prototype.bark = function () {
  return this.name + ' barks';
};

const rex = new Dog('Rex');
console.log(rex.speak(), '/', rex.bark());
console.log(rex instanceof Animal, Dog.super_ === Animal);

function Stream() {
  EventEmitter.call(this);
}
util.inherits(Stream, EventEmitter);
const stream = new Stream();
stream.on('data', (chunk) => console.log('data', chunk));
stream.emit('data', 'hello');
