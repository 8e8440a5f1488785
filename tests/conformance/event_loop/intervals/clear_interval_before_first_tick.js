// clearInterval right after setInterval means the callback never runs.
const id = setInterval(() => console.log('never'), 0);
clearInterval(id);
setTimeout(() => console.log('done'), 20);
