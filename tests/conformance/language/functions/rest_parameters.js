// rest parameters collect remaining arguments into an array
function collect(first, ...rest) {
  console.log(first, rest, rest.length);
}
collect(1, 2, 3);
collect(1);
collect();
