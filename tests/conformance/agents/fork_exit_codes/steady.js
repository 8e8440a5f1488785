process.on('message', (m) => {
  process.send(`pong after ${m}`);
  process.disconnect();
});
