// require('timers') gives the same setTimeout/clearTimeout as the globals.
const timers = require('timers');
console.log('same setTimeout:', timers.setTimeout === setTimeout);
timers.setTimeout(() => console.log('module timer A'), 10);
setTimeout(() => console.log('global timer B'), 10);
const c = timers.setTimeout(() => console.log('cleared'), 10);
clearTimeout(c);
