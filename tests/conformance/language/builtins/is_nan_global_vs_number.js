// global isNaN converts its argument while Number.isNaN does not
console.log(isNaN(NaN), Number.isNaN(NaN));
console.log(isNaN("abc"), Number.isNaN("abc"));
console.log(isNaN("12"), isNaN(""), isNaN(undefined), Number.isNaN(undefined));
console.log(isFinite("12"), Number.isFinite("12"));
