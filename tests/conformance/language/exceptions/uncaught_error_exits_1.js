// an uncaught Error prints to stderr and exits with code 1
console.log("before throw");
throw new Error("fatal problem");
console.log("not reached");
