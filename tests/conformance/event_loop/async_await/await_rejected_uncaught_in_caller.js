// A rejection from an awaited async function propagates to the caller's catch.
async function inner() { await null; throw new Error('deep'); }
async function outer() {
  try {
    await inner();
  } catch (e) {
    console.log('outer caught:', e.message);
  }
}
outer().then(() => console.log('outer resolved'));
