// unary plus converts strings, booleans and null to numbers
console.log(+"42");
console.log(+"3.5");
console.log(+"");
console.log(+"abc");
console.log(+true, +false);
console.log(+null, +undefined);
console.log(+[], +[5], +[1, 2]);
