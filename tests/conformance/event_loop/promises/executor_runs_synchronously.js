// The promise executor runs synchronously, inside the constructor call.
console.log('before');
const p = new Promise((resolve) => {
  console.log('executor');
  resolve(1);
  console.log('executor after resolve');
});
console.log('after');
p.then((v) => console.log('then', v));
