// A finally block in an async function runs before the returned promise settles.
async function f() {
  try {
    await null;
    return 'from try';
  } finally {
    console.log('finally runs');
  }
}
f().then((v) => console.log('resolved', v));
