// Symbols: unique keys with a description, the global registry, and how they print.
const id = Symbol('id');
const other = Symbol('id');
const blank = Symbol();
console.log(typeof id, id === other, id === id);
console.log(id.toString(), String(blank), id.description, blank.description);
console.log(id, [id, blank]);

const user = { name: 'Ada', [id]: 42 };
user[other] = 'second';
console.log(user[id], user[other], id in user, user.hasOwnProperty(id));
console.log(Object.keys(user), JSON.stringify(user));
console.log(Object.getOwnPropertySymbols(user));
console.log(user);
for (const key in user) console.log('for-in sees', key);

const copy = { ...user };
console.log(copy[id], Object.assign({}, user)[other]);

const shared = Symbol.for('app.shared');
console.log(shared === Symbol.for('app.shared'), Symbol.keyFor(shared), Symbol.keyFor(id));
console.log(Symbol.iterator, typeof Symbol.asyncIterator, Symbol.iterator.description);

const counts = new Map([[id, 1], [other, 2]]);
console.log(counts.get(id), counts.get(other), counts.size);
console.log(Object.prototype.toString.call(id), typeof Object(1));
try {
  new Symbol('x');
} catch (error) {
  console.log(error.constructor.name, error.message);
}
