// A symbol never turns into a string or a number by itself: only String() and toString() do.
const tag = Symbol('tag');
const attempts = [
  ['concatenation', () => 'tag: ' + tag],
  ['template literal', () => `${tag}`],
  ['arithmetic', () => tag + 1],
  ['unary plus', () => +tag],
  ['comparison', () => tag < 2],
];
for (const [name, attempt] of attempts) {
  try {
    attempt();
    console.log(name, 'worked');
  } catch (error) {
    console.log(name, '->', error.name + ':', error.message);
  }
}
console.log(String(tag) + '!', tag.toString().length, !!tag, tag == 'Symbol(tag)');
console.log([tag].join === undefined, JSON.stringify([tag, { tag }]), JSON.stringify({ [tag]: 1, a: tag }));
