// Promise.allSettled waits for all inputs and reports each status in input order.
const late = new Promise((r) => setTimeout(() => r('late'), 60));
Promise.allSettled([Promise.reject(new Error('no')), late, 3]).then((results) => {
  results.forEach((r) => console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message));
});
