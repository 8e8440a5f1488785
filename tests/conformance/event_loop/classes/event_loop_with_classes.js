// A course-style program: a class that schedules work on the event loop.
class Kitchen {
  orders = [];
  constructor(name) {
    this.name = name;
  }
  order(dish, minutes) {
    this.orders.push(dish);
    return new Promise((resolve) => {
      setTimeout(() => resolve(`${dish} ready after ${minutes} min`), minutes);
    });
  }
}
class FastKitchen extends Kitchen {
  order(dish) {
    return super.order(dish, 1);
  }
}
async function main() {
  const slow = new Kitchen('slow');
  const fast = new FastKitchen('fast');
  const results = await Promise.all([slow.order('soup', 20), fast.order('salad')]);
  console.log(results);
  console.log(slow.orders, fast.orders, fast.name);
}
main();
console.log('orders placed');
