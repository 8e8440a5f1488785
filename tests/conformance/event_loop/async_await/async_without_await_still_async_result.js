// An async function with no await runs fully synchronously, but its result arrives via then.
async function f() {
  console.log('f body');
  return 'result';
}
f().then((v) => console.log('then', v));
console.log('sync end');
