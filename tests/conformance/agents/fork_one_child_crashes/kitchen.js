// kitchen.js: a child process that cooks each order it is sent.
const name = process.argv[2];
process.on("message", (order) => {
  if (order === "flambé" && name === "clumsy") {
    throw new Error(`the ${name} kitchen is on fire`);
  }
  process.send(`${order} from the ${name} kitchen`);
});
