// clearTimeout of an already-fired timer, undefined, null or a number is a harmless no-op.
const t = setTimeout(() => {
  console.log('fired');
  setTimeout(() => {
    clearTimeout(t);
    console.log('cleared fired timer: ok');
  }, 10);
}, 10);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout(12345);
clearTimeout({});
console.log('no-op clears: ok');
