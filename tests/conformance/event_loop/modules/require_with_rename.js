// a destructured require can rename the binding
const { isMainThread: onMain } = require('worker_threads');
console.log(onMain === true);
console.log(`main: ${onMain}`);
