// Promise.all over async functions runs their bodies synchronously up to the first await.
async function job(name, ms) {
  console.log('start', name);
  await new Promise((r) => setTimeout(r, ms));
  console.log('end', name);
  return name;
}
Promise.all([job('one', 80), job('two', 20)]).then((v) => console.log('all:', v.join(',')));
console.log('sync end');
