// an uncaught JSON.parse SyntaxError is reported on stderr
console.log("parsing");
JSON.parse("{\"unterminated\": ");
console.log("not reached");
