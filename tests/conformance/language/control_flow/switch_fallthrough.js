// without break, execution falls through to following cases
function run(n) {
  const hits = [];
  switch (n) {
    case 1: hits.push("one");
    case 2: hits.push("two");
    case 3: hits.push("three"); break;
    case 4: hits.push("four");
  }
  return hits;
}
console.log(run(1), run(2), run(3), run(4), run(5));
