// a closure flag makes a function run only once
function once(fn) {
  let done = false;
  let result;
  return (...args) => {
    if (!done) { done = true; result = fn(...args); }
    return result;
  };
}
const init = once((x) => { console.log("init", x); return x * 2; });
console.log(init(5), init(6), init(7));
