// classes are not supported yet: a clear diagnostic at the `class` keyword
console.log('never printed');
class Animal {
  speak() { return 'hi'; }
}
