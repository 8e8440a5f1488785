// Promise.allSettled([]) resolves with an empty array, still asynchronously.
Promise.allSettled([]).then((v) => {
  console.log('allSettled empty is array:', Array.isArray(v));
  console.log('allSettled empty length:', v.length);
});
console.log('sync end');
