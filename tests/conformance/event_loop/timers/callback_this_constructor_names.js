// A timer callback's this is a Timeout and an immediate's an Immediate; an arrow callback sees the script's this.
setTimeout(function () {
  console.log('timeout callback this:', this.constructor.name);
  setImmediate(function () {
    console.log('immediate callback this:', this.constructor.name);
  });
}, 1);
queueMicrotask(() => console.log('arrow in a microtask sees:', this));
