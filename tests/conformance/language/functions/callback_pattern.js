// functions accept callbacks and call them with computed values
function repeat(n, cb) {
  for (let i = 0; i < n; i++) cb(i);
}
repeat(3, (i) => console.log("call", i));
