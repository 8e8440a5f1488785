// console.error and console.warn write to stderr, log and info to stdout
console.log("to stdout via log");
console.info("to stdout via info");
console.error("to stderr via error");
console.warn("to stderr via warn");
console.error({ err: ["x"] }, 1);
