// A rejected await throws inside the async function and try/catch handles it.
async function f() {
  try {
    console.log('before await');
    await Promise.reject(new Error('bad'));
    console.log('never');
  } catch (e) {
    console.log('caught:', e.message);
  } finally {
    console.log('finally');
  }
  return 'done';
}
f().then((v) => console.log('result:', v));
