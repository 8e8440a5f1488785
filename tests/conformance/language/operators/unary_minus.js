// unary minus converts to number and negates
console.log(-"3");
console.log(-"");
console.log(-true);
console.log(-null);
console.log(-undefined);
console.log(- -5);
