// An unhandled rejection with an object made by a constructor function names its constructor: "#<Order>".
function Order(id) {
  this.id = id;
}
const order = new Order(7);
new Promise((resolve, reject) => setImmediate(() => reject(order)));
console.log('order', order.id, 'will be rejected');
