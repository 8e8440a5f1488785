// An async function runs synchronously until its first await.
async function f() {
  console.log('f start');
  await undefined;
  console.log('f after await');
}
console.log('before call');
f();
console.log('after call');
