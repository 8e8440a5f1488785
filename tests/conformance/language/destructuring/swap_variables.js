// destructuring assignment swaps two variables without a temporary
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
const arr = [1, 2, 3];
[arr[0], arr[2]] = [arr[2], arr[0]];
console.log(arr);
