// assigning at index == length extends the array
const a = [1, 2];
a[a.length] = 3;
console.log(a, a.length);
console.log(a[a.length - 1]);
console.log(a.at(-1), a.at(0), a.at(10));
