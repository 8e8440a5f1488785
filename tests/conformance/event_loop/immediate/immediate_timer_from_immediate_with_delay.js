// Inside an immediate, a new 50 ms timer runs after several further immediate rounds.
setImmediate(() => {
  setTimeout(() => console.log('timer 50'), 50);
  setImmediate(() => {
    console.log('immediate round 2');
    setImmediate(() => console.log('immediate round 3'));
  });
});
