// Async arrow functions behave like async functions: sync start, later resume.
const greet = async (name) => {
  console.log('hello', name);
  await null;
  console.log('bye', name);
  return name.length;
};
greet('ann').then((n) => console.log('len', n));
greet('bob');
console.log('sync end');
