// An async function returning a rejected promise rejects with that reason.
async function f() {
  return Promise.reject(new Error('adopted rejection'));
}
f().then(() => console.log('never')).catch((e) => console.log('caught:', e.message));
console.log('sync end');
