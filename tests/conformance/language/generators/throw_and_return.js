// throw(error) throws where the generator stopped: its own try/catch may catch it and go on.
// return(value) ends it there, running its finally blocks, and gives { value, done: true }.
function* careful() {
  try {
    yield 1;
    yield 2;
  } catch (error) {
    console.log('caught inside:', error.message);
    yield 'recovered';
  } finally {
    console.log('finally runs');
  }
  yield 'after the try';
}
const thrown = careful();
console.log(thrown.next());
console.log(thrown.throw(new Error('stop')));
console.log(thrown.next());
console.log(thrown.next());
console.log(thrown.next());

const returned = careful();
console.log(returned.next());
console.log(returned.return('early'));
console.log(returned.next());

// Before the first next() the body never runs; after the end, return gives its value back.
const unstarted = careful();
console.log(unstarted.return('never started'), unstarted.next());
try {
  careful().throw(new RangeError('thrown at the start'));
} catch (error) {
  console.log('outside:', error.name, error.message);
}

// A finally block that yields holds the return until the generator is resumed again.
function* stubborn() {
  try {
    yield 'working';
  } finally {
    yield 'cleaning up';
    console.log('cleaned');
  }
}
const s = stubborn();
console.log(s.next(), s.return('done now'), s.next(), s.next());
