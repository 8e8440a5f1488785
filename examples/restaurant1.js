// restaurant1.js: a branch that cooks quickly.
process.on("message", (order) => {
  process.send(`${order} served by restaurant 1`);
  process.exit(0);
});
