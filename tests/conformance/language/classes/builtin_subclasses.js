// Classes can extend the built-in collections.
class Inventory extends Map {
  add(item, count) {
    this.set(item, (this.get(item) || 0) + count);
    return this;
  }
  total() {
    let sum = 0;
    for (const count of this.values()) sum += count;
    return sum;
  }
}
const stock = new Inventory([['apples', 3]]).add('pears', 2).add('apples', 4);
console.log(stock.total(), stock.size, stock.get('apples'), stock instanceof Map);
class Tags extends Set {
  hasAll(...tags) {
    return tags.every((tag) => this.has(tag));
  }
}
const tags = new Tags(['a', 'b']);
console.log(tags.hasAll('a', 'b'), tags.hasAll('a', 'c'), tags.size);
class Stack extends Array {
  peek() {
    return this[this.length - 1];
  }
}
const stack = new Stack();
stack.push(1, 2, 3);
console.log(stack.peek(), stack.length, stack instanceof Array, Array.isArray(stack));
