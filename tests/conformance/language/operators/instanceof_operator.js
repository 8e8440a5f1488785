// instanceof checks the prototype chain of objects
console.log([] instanceof Array);
console.log([] instanceof Object);
console.log({} instanceof Array);
console.log(new Error("x") instanceof Error);
console.log(new TypeError("x") instanceof Error);
console.log(new Error("x") instanceof TypeError);
