// A rejection handled later in the same synchronous run is not reported as unhandled.
const p = Promise.reject(new Error('late but fine'));
console.log('some sync work');
p.catch((e) => console.log('handled:', e.message));
setTimeout(() => console.log('run continues'), 10);
