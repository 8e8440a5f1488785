// An error in a static block stops the class definition where it is thrown.
console.log('start');
class Broken {
  static {
    console.log('in the block');
    throw new RangeError('no config');
  }
}
console.log('never printed');
