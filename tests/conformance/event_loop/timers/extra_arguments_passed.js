// Extra arguments after the delay are passed to the timer callback.
setTimeout((a, b, c) => console.log('got', a, b, c), 10, 'x', 42, true);
setTimeout(function (n) { console.log('one arg', n); }, 20, 'only');
setTimeout(() => console.log('no args'), 30);
