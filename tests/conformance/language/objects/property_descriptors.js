// Object.defineProperty with getters and hidden values, and the descriptors Object.getOwnPropertyDescriptor reads back.
const o = { a: 1 };
Object.defineProperty(o, 'twice', { get() { return this.a * 2; }, enumerable: true });
Object.defineProperty(o, 'hidden', { value: 42 });
console.log(o, o.twice, o.hidden, Object.keys(o));
console.log(Object.getOwnPropertyDescriptor(o, 'a'));
console.log(Object.getOwnPropertyDescriptor(o, 'hidden'));
const d = Object.getOwnPropertyDescriptor(o, 'twice');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyDescriptor(o, 'nope'));
console.log(Object.getOwnPropertyDescriptor([1, 2], 'length'), Object.getOwnPropertyDescriptor([1, 2], '0'));
class T { get x() { return 1; } }
const dx = Object.getOwnPropertyDescriptor(T.prototype, 'x');
console.log(dx.get.name, dx.enumerable);
try { Object.defineProperty(o, 'bad', { get: 5 }); } catch (e) { console.log(e.message); }
console.log(Object.getOwnPropertyDescriptor(Object.freeze({ f: 1 }), 'f'));
const config = {};
Object.defineProperty(config, 'version', { value: 1, writable: true });
Object.defineProperty(config, 'version', { value: 2 });
console.log(config.version);
try {
  Object.defineProperty(config, 'version', { get() { return 3; } });
} catch (error) {
  console.log(error.constructor.name, error.message);
}
