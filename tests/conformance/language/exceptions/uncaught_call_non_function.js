// calling a number as a function throws an uncaught TypeError
const handler = 5;
console.log("dispatching");
handler("event");
