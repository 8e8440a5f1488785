// yield* inside an async generator is not supported yet
async function* inner() {
  yield 1;
}
async function* outer() {
  yield* inner();
}
