// V8 names what could not be iterated by its source: a name, a property, a literal, or the
// function whose result it was.
function f() {
  return 5;
}
const x = 7;
const o = { a: 1, g() { return 1; } };
const attempts = [
  () => [...7],
  () => [...x],
  () => [...o],
  () => [...{ a: 1 }],
  () => { for (const v of 7); },
  () => { for (const v of { a: 1 }); },
  () => { for (const v of {}); },
  () => { for (const v of o); },
  () => [...o.a],
  () => [...f()],
  () => { for (const v of o.g()); },
  () => [...(() => 5)()],
  () => Math.max(...x),
  () => new Map(7),
  () => new Set(true),
  () => [...null],
  () => [...{ [Symbol.iterator]: 5 }],
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (error) {
    console.log(error.name + ':', error.message);
  }
}
