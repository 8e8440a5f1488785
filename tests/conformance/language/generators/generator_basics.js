// A generator function's call runs nothing yet: it returns a generator object. Each next()
// runs the body up to the next yield; the value sent with next(value) becomes the yield's
// value; the return value comes with done: true, and after that next() only says done.
function* conversation() {
  console.log('  (the body starts at the first next)');
  const name = yield 'What is your name?';
  const color = yield `Hello ${name}! Favourite colour?`;
  return `${name} likes ${color}`;
}
const talk = conversation();
console.log('made:', talk);
console.log(talk.next('ignored: nothing waits for it yet'));
console.log(talk.next('Ada'));
console.log(talk.next('green'));
console.log(talk.next());
console.log(typeof talk, Object.prototype.toString.call(talk), String(talk));

// Each call is its own generator with its own variables.
function* counter() {
  let n = 0;
  while (true) n += yield n;
}
const a = counter();
const b = counter();
a.next();
b.next();
console.log(a.next(5).value, a.next(10).value, b.next(1).value);
