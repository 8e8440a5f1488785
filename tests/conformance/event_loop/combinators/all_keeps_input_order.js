// Promise.all keeps results in input order, not in settle order.
const slow = new Promise((r) => setTimeout(() => { console.log('slow settles'); r('slow'); }, 100));
const fast = new Promise((r) => setTimeout(() => { console.log('fast settles'); r('fast'); }, 10));
Promise.all([slow, fast, 'plain']).then((values) => console.log('all:', values.join(',')));
