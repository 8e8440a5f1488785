// Promise.all([]) resolves with an empty array, asynchronously.
Promise.all([]).then((v) => {
  console.log('all empty is array:', Array.isArray(v));
  console.log('all empty length:', v.length);
});
console.log('sync');
