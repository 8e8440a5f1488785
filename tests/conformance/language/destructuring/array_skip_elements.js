// empty slots in an array pattern skip elements
const [, second, , fourth] = [1, 2, 3, 4, 5];
console.log(second, fourth);
const [, , third] = "xyz";
console.log(third);
