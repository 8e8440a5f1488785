// an IIFE returns an object whose methods close over private data
const stack = (function () {
  const items = [];
  return {
    push(x) { items.push(x); return this; },
    size() { return items.length; },
    peek() { return items[items.length - 1]; },
  };
})();
stack.push(1).push(2).push(3);
console.log(stack.size(), stack.peek(), stack.items);
