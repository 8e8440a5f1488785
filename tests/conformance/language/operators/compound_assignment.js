// +=, -=, *=, /=, %=, **= update a variable in place
let x = 10;
x += 5; console.log(x);
x -= 3; console.log(x);
x *= 2; console.log(x);
x /= 4; console.log(x);
x %= 4; console.log(x);
x **= 3; console.log(x);
let s = "a";
s += 1; console.log(s);
