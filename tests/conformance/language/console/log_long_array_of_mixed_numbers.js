// a long array of numbers with different widths is right-aligned in columns
const a = [1, 22, 333, 4444, 55555, 6, 77, 888, 9999, 1, 12, 123, 1234, 12345, 5, 50, 500, 5000, 50000, 7, 8, 9, 10, 11, 100, 1000];
console.log(a);
console.log([1.5, -2, 300, 4.25, -50, 6, 7, 8]);
