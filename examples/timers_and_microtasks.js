// Between two timers due at the same time, the microtasks of the first run first.
setTimeout(() => {
  console.log("timeout 1");
  Promise.resolve().then(() => console.log("promise inside timeout 1"));
}, 0);
setTimeout(() => console.log("timeout 2"), 0);
console.log("both timers are set");
