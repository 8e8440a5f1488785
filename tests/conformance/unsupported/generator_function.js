// generator functions are not supported yet
function* count() {
  yield 1;
}
