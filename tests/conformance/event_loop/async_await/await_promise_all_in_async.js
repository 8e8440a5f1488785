// await Promise.all resumes once the slowest timer promise resolves.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => { console.log('resolve', v); r(v); }, ms));
async function main() {
  const values = await Promise.all([sleep(100, 'slow'), sleep(20, 'fast')]);
  console.log('values', values.join(','));
}
main();
