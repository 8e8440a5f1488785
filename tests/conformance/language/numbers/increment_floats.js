// repeatedly adding 0.1 accumulates rounding error
let x = 0;
for (let i = 0; i < 10; i++) {
  x += 0.1;
  console.log(x);
}
