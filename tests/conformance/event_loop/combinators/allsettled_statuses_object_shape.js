// allSettled results have status plus value (fulfilled) or reason (rejected), and nothing else.
Promise.allSettled([Promise.resolve(1), Promise.reject(2)]).then((rs) => {
  console.log(Object.keys(rs[0]).join(','), rs[0].value);
  console.log(Object.keys(rs[1]).join(','), rs[1].reason);
});
