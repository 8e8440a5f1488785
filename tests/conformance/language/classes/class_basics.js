// A class: its constructor, methods on the prototype, and instances that print with its name.
class Counter {
  constructor(start) {
    this.count = start;
  }
  increment() {
    this.count++;
    return this;
  }
  toString() {
    return `Counter(${this.count})`;
  }
}
const counter = new Counter(5);
counter.increment().increment();
console.log(counter.count);
console.log(counter);
console.log(`${counter}`);
console.log(typeof Counter, Counter.name, Counter.length);
console.log(Counter);
console.log(counter instanceof Counter, counter.constructor === Counter);
console.log(Object.keys(counter), Object.getOwnPropertyNames(Counter.prototype));
for (const key in counter) console.log('own key:', key);
console.log(Object.getPrototypeOf(counter) === Counter.prototype);
