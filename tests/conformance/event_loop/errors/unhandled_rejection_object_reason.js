// An unhandled rejection with a plain object names it "#<Object>" in Node's message, not its contents.
setTimeout(() => {
  console.log('rejecting with an object');
  Promise.reject({ code: 'E_TIMEOUT', retry: true });
}, 1);
