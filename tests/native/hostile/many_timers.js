// 100 000 timers at once, due over the next second: every one fires.
let fired = 0;
for (let i = 0; i < 100000; i++) {
  setTimeout(() => {
    fired++;
    if (fired === 100000) console.log('fired', fired);
  }, i % 1000);
}
console.log('set', 100000);
