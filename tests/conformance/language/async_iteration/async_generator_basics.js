// Async generators: a call makes an object; each next() returns a promise of {value, done}.
async function* countdown(from) {
  while (from > 0) {
    await null;
    yield from--;
  }
  return 'liftoff';
}

async function* empty() {}

async function main() {
  const gen = countdown(2);
  console.log(gen, Object.prototype.toString.call(gen));
  console.log(typeof gen.next, typeof gen[Symbol.asyncIterator], gen[Symbol.asyncIterator]() === gen);
  console.log(countdown, typeof countdown.prototype);
  console.log(await gen.next());
  console.log(await gen.next());
  console.log(await gen.next());
  console.log(await gen.next());
  console.log(await empty().next());
  const pending = gen.next();
  console.log(pending instanceof Promise);

  // Methods, in a class and in an object literal.
  class Feed {
    constructor(items) { this.items = items; }
    async *[Symbol.asyncIterator]() {
      for (const item of this.items) yield item.toUpperCase();
    }
    static async *numbers() { yield 1; yield 2; }
  }
  for await (const item of new Feed(['a', 'b'])) console.log('feed', item);
  for await (const n of Feed.numbers()) console.log('number', n);
  const source = {
    async *lines() { yield 'first'; yield 'second'; },
  };
  for await (const line of source.lines()) console.log(line);
  console.log(Feed.numbers, source.lines);

  // An expression, and an arrow inside it that awaits nothing of its own.
  const pairs = async function* () {
    const double = (x) => x * 2;
    yield [1, double(1)];
    yield [2, double(2)];
  };
  for await (const [a, b] of pairs()) console.log(a, b);
}

main();
