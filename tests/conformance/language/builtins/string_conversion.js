// String() converts any value to its string form
console.log(String(123), String(true), String(null), String(undefined));
console.log(String([1, [2, 3]]), String({}));
console.log(String(function f() {}).length > 0);
console.log(typeof String(5));
