// Tagged templates: the tag gets the strings (cooked, with .raw) and the substituted values.
function show(strings, ...values) {
  console.log(strings, strings.raw, values);
  return strings.length;
}

console.log(show`plain`);
console.log(show`a${1}b${2}c`);
console.log(show`${'only'}`);
console.log(show`line\nbreak \t tab \u0041 \x42`);

// A tag that builds a string: the usual highlight example.
function highlight(strings, ...values) {
  return strings.reduce((out, text, i) => out + text + (i < values.length ? `[${values[i]}]` : ''), '');
}
const name = 'Ada';
const age = 36;
console.log(highlight`Hello ${name}, you are ${age} years old.`);

// A method as the tag keeps its receiver.
const logger = {
  prefix: '>>',
  log(strings, ...values) {
    return this.prefix + ' ' + String.raw(strings, ...values);
  },
};
console.log(logger.log`x = ${1 + 1}`);
console.log(logger['log']`y = ${'why'}`);

// The strings array is frozen, and the same object each time the same place runs.
function same(strings) {
  return strings;
}
const seen = [];
for (let i = 0; i < 2; i++) seen.push(same`x${i}y`);
console.log(seen[0] === seen[1], Object.isFrozen(seen[0]), Object.isFrozen(seen[0].raw));
console.log(same`x` === same`x`);
console.log(Object.getOwnPropertyDescriptor(seen[0], 'raw'));
console.log(Array.isArray(seen[0]), seen[0].length, Object.keys(seen[0]));

// String.raw: escapes stay as written.
console.log(String.raw`C:\new\table ${1 + 2} \u0041`);
console.log(String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3, 4));
console.log(String.raw({ raw: 'xyz' }, '-', '+'));
console.log(String.raw`\``);

// An invalid escape is fine in a tag: its cooked string is undefined, its raw text kept.
function cookedAndRaw(strings) {
  return [strings[0], strings.raw[0]];
}
console.log(cookedAndRaw`\unicode and \xyz`);

// A tag that returns a function, and a tag call chained.
const curry = (strings) => (x) => strings[0] + x;
console.log(curry`value: ``42`);
console.log(curry`got `(7));

// A nested template inside a substitution.
console.log(highlight`outer ${`inner ${1 + 1}`} end`);
