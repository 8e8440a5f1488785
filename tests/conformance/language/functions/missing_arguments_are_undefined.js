// parameters without a matching argument are undefined, extras are ignored
function show(a, b, c) {
  console.log(a, b, c);
}
show(1);
show(1, 2, 3, 4);
show();
