// destructuring null or undefined throws a TypeError
try {
  const { a } = null;
} catch (e) {
  console.log(e.name);
  console.log(e.message);
}
try {
  const [b] = undefined;
} catch (e) {
  console.log(e.name);
  console.log(e.message);
}
