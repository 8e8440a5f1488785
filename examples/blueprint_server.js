// A program is a blueprint: nothing happens until it runs (`node server.js`).
// Then it becomes a process that waits for requests on port 3000.
const http = require("http");

const server = http.createServer((req, res) => {
  res.end("Hello, World!");
});

server.listen(3000, () => {
  console.log("Server running on port 3000");
});
