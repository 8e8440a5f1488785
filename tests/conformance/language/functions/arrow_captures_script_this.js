// an arrow function written at the top of the script sees the script's this (module.exports)
const getThis = () => this;
console.log(getThis());
console.log(getThis() === module.exports, typeof getThis());
