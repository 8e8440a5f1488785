// throwing a plain object that nobody catches prints it with inspect formatting
console.log("throwing an object");
throw { code: 42, reason: "object thrown" };
console.log("not reached");
