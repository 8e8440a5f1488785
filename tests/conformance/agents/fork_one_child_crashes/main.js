// A fire in one house does not burn the others: two child processes serve orders; one of
// them crashes on a bad order. It ends alone (exit code 1, its error on stderr); the other
// keeps serving, and the parent carries on.
const { fork } = require("child_process");

const careful = fork("kitchen.js", ["careful"]);
const clumsy = fork("kitchen.js", ["clumsy"]);

careful.on("message", (msg) => {
  console.log(`Parent got: ${msg}`);
  if (msg.startsWith("soup")) careful.send("salad");
  else careful.disconnect();  // no more orders: the careful kitchen can close
});
careful.on("exit", (code) => console.log(`The careful kitchen closed with exit code ${code}`));
clumsy.on("exit", (code) => console.log(`The clumsy kitchen closed with exit code ${code}`));

careful.send("soup");
clumsy.send("flambé");  // this one catches fire
