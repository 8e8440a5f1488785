process.on("message", (order) => {
  process.send(`${order} served by restaurant 2`);
  process.exit(0);
});
