// object destructuring binds properties by name
const { name, age, missing } = { name: "Ann", age: 30 };
console.log(name, age, missing);
const { length } = "four";
console.log(length);
