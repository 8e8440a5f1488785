// Array.from converts iterables and array-likes, Array.of builds from arguments
console.log(Array.from("abc"));
console.log(Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.of(7, 8));
console.log(Array.from([1, 2], (x) => x * 2));
