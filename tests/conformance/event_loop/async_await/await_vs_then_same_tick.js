// await p and p.then register in the order they run, and resume in that order.
const p = Promise.resolve();
async function f() {
  await p;
  console.log('await resumed');
}
p.then(() => console.log('then before call'));
f();
p.then(() => console.log('then after call'));
