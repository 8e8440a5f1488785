// An async immediately-invoked arrow runs its start synchronously like any async function.
(async () => {
  console.log('iife start');
  await new Promise((r) => setTimeout(r, 10));
  console.log('iife after timer');
})();
console.log('sync end');
