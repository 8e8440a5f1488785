// function declarations can be called before they appear
console.log(square(4));
function square(n) {
  return n * n;
}
console.log(typeof later);
function later() {}
