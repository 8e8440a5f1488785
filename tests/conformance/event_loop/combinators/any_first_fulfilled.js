// Promise.any ignores rejections and resolves with the first fulfilment.
const r = Promise.reject(new Error('fails immediately'));
const slow = new Promise((res) => setTimeout(() => res('slow ok'), 80));
const fast = new Promise((res) => setTimeout(() => res('fast ok'), 20));
Promise.any([r, slow, fast]).then((v) => console.log('any:', v));
