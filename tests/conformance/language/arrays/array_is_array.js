// Array.isArray tells arrays from other objects
console.log(Array.isArray([]), Array.isArray([1]));
console.log(Array.isArray({ length: 0 }), Array.isArray("abc"));
console.log(typeof []);
