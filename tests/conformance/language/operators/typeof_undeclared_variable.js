// typeof on an undeclared identifier gives "undefined" instead of throwing
console.log(typeof notDeclaredAnywhere);
console.log(typeof typeof 1);
console.log(typeof null === "object");
console.log(typeof Math, typeof JSON, typeof console.log);
