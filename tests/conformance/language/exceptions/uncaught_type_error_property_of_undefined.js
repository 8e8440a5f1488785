// an uncaught TypeError from reading a property of undefined
const config = {};
console.log("loading");
console.log(config.server.port);
