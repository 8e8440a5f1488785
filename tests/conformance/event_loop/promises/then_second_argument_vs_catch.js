// then(ok, fail) does not catch errors thrown by ok; a following catch does.
Promise.resolve()
  .then(
    () => { throw new Error('from ok'); },
    () => console.log('fail handler (never)')
  )
  .catch((e) => console.log('catch got:', e.message));
