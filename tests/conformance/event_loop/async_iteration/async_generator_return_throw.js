// return() and throw() on an async generator, before it starts, while it is suspended, and
// after it has finished.
async function* guarded() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    console.log('caught inside:', e instanceof Error ? e.message : e);
    yield 'recovered';
  } finally {
    console.log('cleanup');
  }
}

async function main() {
  const a = guarded();
  console.log(await a.return('early'));
  console.log(await a.next());

  const b = guarded();
  console.log(await b.next());
  console.log(await b.throw('oops'));
  console.log(await b.next());
  console.log(await b.next());

  const c = guarded();
  try {
    await c.throw(new Error('before start'));
  } catch (e) {
    console.log('rejected:', e.message);
  }

  const d = guarded();
  await d.next();
  console.log(await d.return(Promise.resolve('awaited value')));

  const e = guarded();
  await e.next();
  const results = await Promise.allSettled([e.return('r1'), e.next(), e.throw('t1')]);
  console.log(results);

  async function* failing() {
    yield 'ok';
    throw new TypeError('generator failed');
  }
  const f = failing();
  console.log(await f.next());
  try {
    await f.next();
  } catch (err) {
    console.log(err instanceof TypeError, err.message);
  }
  console.log(await f.next());

  async function* returnsAwaited() {
    return new Promise((resolve) => setTimeout(() => resolve('late'), 2));
  }
  console.log(await returnsAwaited().next());
  const g = guarded();
  await g.next();
  try {
    await g.return(Promise.reject(new Error('bad return value')));
  } catch (err) {
    console.log('return rejected', err.message);
  }
}

main();
