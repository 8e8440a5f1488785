// process.exitCode is the exit code when the loop runs dry; the last value set wins.
process.exitCode = 3;
console.log('exitCode set to', process.exitCode);
setTimeout(() => {
  process.exitCode = 4;
  console.log('timer changed it to', process.exitCode);
}, 5);
console.log('main end');
