// async generators (and for await) are not supported yet
async function* ticks() {
  yield 1;
}
