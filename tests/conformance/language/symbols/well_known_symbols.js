// The well-known symbols that change how the language treats an object.
class Even {
  static [Symbol.hasInstance](value) {
    return typeof value === 'number' && value % 2 === 0;
  }
}
console.log(2 instanceof Even, 3 instanceof Even, [] instanceof Array);

class Temperature {
  constructor(celsius) {
    this.celsius = celsius;
  }
  [Symbol.toPrimitive](hint) {
    console.log('  hint:', hint);
    return hint === 'string' ? `${this.celsius}°C` : this.celsius;
  }
  get [Symbol.toStringTag]() {
    return 'Temperature';
  }
}
const today = new Temperature(21);
console.log(`${today}`, today + 1, today * 2, today > 20);
console.log(Object.prototype.toString.call(today), String(today));
console.log(Object.prototype.toString.call(function* () {}()), Object.prototype.toString.call(Symbol()));

const price = { amount: 5, [Symbol.toPrimitive]: (hint) => (hint === 'number' ? 5 : 'five') };
console.log(+price, `${price}`, price + '');

// Date's own [Symbol.toPrimitive] makes `+` and `==` use its text, and `-` its time.
const epoch = new Date(0);
console.log(epoch + '' === epoch.toString(), epoch - 0, epoch == epoch.toString(), typeof epoch[Symbol.toPrimitive]);
