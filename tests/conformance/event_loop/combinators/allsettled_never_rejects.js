// Promise.allSettled fulfils even when every input rejects.
Promise.allSettled([Promise.reject('a'), Promise.reject('b')])
  .then((rs) => console.log('fulfilled with', rs.map((r) => r.status + ':' + r.reason).join(', ')))
  .catch(() => console.log('never'));
