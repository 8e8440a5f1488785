// Methods and functions under computed keys in an object literal keep their value, and are
// named by the key (a symbol key as "[description]").
const key = 'greet';
const tag = Symbol('tag');
const object = {
  [key]() {
    return 'hello';
  },
  [key + 'Loudly']: function () {
    return 'HELLO';
  },
  ['arrow' + 1]: () => 'arrow',
  [tag]() {
    return 'tagged';
  },
  [Symbol()]: function () {},
  get ['size']() {
    return 3;
  },
};
console.log(object);
console.log(object.greet(), object.greetLoudly(), object.arrow1(), object[tag](), object.size);
console.log(object.greet.name, object.greetLoudly.name, object.arrow1.name, object[tag].name);
console.log(Object.getOwnPropertySymbols(object).map((symbol) => JSON.stringify(object[symbol].name)));
