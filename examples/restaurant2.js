// restaurant2.js: a branch that takes its time (200 ms of cooking).
process.on("message", (order) => {
  work(200);
  process.send(`${order} served by restaurant 2`);
  process.exit(0);
});
