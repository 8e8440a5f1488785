// an Error thrown in nested calls and never caught aborts the program
function parse(x) {
  if (x < 0) throw new RangeError("negative input: " + x);
  return x;
}
function run(list) {
  return list.map(parse);
}
console.log(run([1, 2]));
console.log(run([3, -4]));
console.log("unreachable");
