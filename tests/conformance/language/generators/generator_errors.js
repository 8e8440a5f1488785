// What Node says when a generator is misused, and an error thrown in a generator's body.
function* gen() {
  yield 1;
}
try {
  new gen();
} catch (error) {
  console.log(error.name + ':', error.message);
}
function* reentrant() {
  yield self.next();
}
const self = reentrant();
try {
  self.next();
} catch (error) {
  console.log(error.name + ':', error.message);
}
console.log('after the error it is done:', self.next());
const { next } = gen();
try {
  next();
} catch (error) {
  console.log(error.name + ':', error.message);
}
try {
  gen().next.call({});
} catch (error) {
  console.log(error.name + ':', error.message);
}
function* broken() {
  yield 'fine';
  null.x;
}
const it = broken();
console.log(it.next());
try {
  it.next();
} catch (error) {
  console.log(error.name + ':', error.message);
}
console.log(it.next());
for (const x of broken()) console.log(x);
