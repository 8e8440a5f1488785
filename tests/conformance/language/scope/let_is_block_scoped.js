// let inside a block is not visible outside and shadows the outer binding
let x = "outer";
{
  let x = "inner";
  console.log(x);
}
console.log(x);
if (true) {
  let y = 1;
  console.log(typeof y);
}
console.log(typeof y);
