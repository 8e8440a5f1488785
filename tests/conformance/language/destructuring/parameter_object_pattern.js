// function parameters can destructure an object argument with defaults
function connect({ host = "localhost", port = 80 } = {}) {
  return host + ":" + port;
}
console.log(connect({ host: "example", port: 8080 }));
console.log(connect({ port: 3000 }));
console.log(connect());
