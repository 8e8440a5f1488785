// A #name is only reachable inside the class that declares it: anywhere else the program does
// not even parse.
class Counter {
  #count = 0;
}
const counter = new Counter();
console.log(counter.#count);
