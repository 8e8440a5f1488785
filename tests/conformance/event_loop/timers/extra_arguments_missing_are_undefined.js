// Callback parameters with no matching extra argument are undefined.
setTimeout((a, b) => {
  console.log('a =', a);
  console.log('b =', b);
}, 0, 'first');
setTimeout((...rest) => console.log('count =', rest.length), 0);
