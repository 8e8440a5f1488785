// a const read by a function called before initialization throws
function read() { return limit; }
try {
  read();
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
const limit = 10;
console.log(read());
