// A regular-function timer callback is called with `this` set to the timer object.
const t = setTimeout(function () {
  console.log('this is the timer:', this === t);
}, 0);
