// closures see variables from all enclosing levels
function a(x) {
  return function b(y) {
    return function c(z) {
      return [x, y, z];
    };
  };
}
console.log(a(1)(2)(3));
