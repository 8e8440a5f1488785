// A for...of loop left early (break, or continue/break of an outer loop) closes the generator:
// it returns where it stopped and its finally block runs. A loop that runs to the end does not.
function* numbers() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log('  numbers cleans up');
  }
}
for (const n of numbers()) {
  console.log('got', n);
  if (n === 2) break;
}
for (const n of numbers()) console.log('all', n);
outer: for (const round of ['first', 'second']) {
  for (const n of numbers()) {
    if (n === 2) continue outer;
    console.log(round, n);
  }
}
function* failsToClose() {
  try {
    yield 1;
  } finally {
    throw new Error('finally threw');
  }
}
try {
  for (const x of failsToClose()) break;
} catch (error) {
  console.log('caught:', error.message);
}
