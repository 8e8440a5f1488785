// process.exit(undefined) is not process.exit(): it clears process.exitCode and exits with 0.
process.exitCode = 6;
process.nextTick(() => {
  console.log('tick calls process.exit(undefined)');
  process.exit(undefined);
});
setImmediate(() => console.log('never printed'));
