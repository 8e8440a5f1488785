// throwing a string that nobody catches prints it as uncaught
console.log("about to throw");
throw "plain string";
console.log("not reached");
