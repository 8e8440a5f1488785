// A timer scheduled from a microtask runs after timers scheduled by the main script.
Promise.resolve().then(() => {
  console.log('microtask schedules timer');
  setTimeout(() => console.log('timer from microtask'), 0);
});
setTimeout(() => console.log('timer from script'), 0);
console.log('sync end');
