process.on("message", (msg) => {
  console.log(`Child received: ${msg}`);
  process.send("Cooking complete!");
});
