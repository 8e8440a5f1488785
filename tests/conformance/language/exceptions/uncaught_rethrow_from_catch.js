// an error rethrown from catch with a new message ends the program
try {
  JSON.parse("not json");
} catch (e) {
  console.log("caught", e.name);
  throw new Error("wrapped: " + e.name);
}
