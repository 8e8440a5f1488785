// destructuring isMainThread from require('worker_threads') gives true in the main script
const { isMainThread } = require('worker_threads');
console.log(isMainThread);
console.log(typeof isMainThread);
