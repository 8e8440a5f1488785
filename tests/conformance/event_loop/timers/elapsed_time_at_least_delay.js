// A timer never fires earlier than its delay.
const start = Date.now();
setTimeout(() => {
  const elapsed = Date.now() - start;
  console.log('elapsed >= 100:', elapsed >= 100);
}, 100);
console.log('waiting');
