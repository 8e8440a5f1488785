// Promise.any waits for the last rejection before giving up, and keeps reasons in input order.
const late = new Promise((_, rej) => setTimeout(() => { console.log('late rejects'); rej('late'); }, 80));
const early = new Promise((_, rej) => setTimeout(() => { console.log('early rejects'); rej('early'); }, 20));
Promise.any([late, early]).catch((e) => console.log('reasons:', e.errors.join(',')));
