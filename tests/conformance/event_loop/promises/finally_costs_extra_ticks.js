// finally passes the value on two turns later than a plain then would (it adopts a promise internally).
Promise.resolve('A').finally(() => console.log('A finally')).then((v) => console.log(v + ' after finally'));
Promise.resolve('B').then((v) => { console.log('B then'); return v; }).then((v) => console.log(v + ' after then'));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
