// Calling clearTimeout on the running timer from inside its own callback changes nothing.
const t = setTimeout(() => {
  clearTimeout(t);
  console.log('still running after self-clear');
}, 0);
setTimeout(() => console.log('next timer'), 0);
