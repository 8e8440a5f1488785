process.on("message", (order) => {
  process.send(`${order} served by restaurant 1`);
  process.exit(0);
});
