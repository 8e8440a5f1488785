// calling a property that is not a function throws an uncaught TypeError
const api = { name: "svc" };
console.log("calling");
api.start();
