// What goes wrong, in V8's words.
async function main() {
  const tries = [
    async () => { for await (const x of 5) {} },
    async () => { const o = {}; for await (const x of o) {} },
    async () => { for await (const x of null) {} },
    async () => { for await (const x of { [Symbol.asyncIterator]() { return 1; } }) {} },
    async () => { for await (const x of { [Symbol.asyncIterator]() { return { next() { return 1; } }; } }) {} },
    async () => { const g = (async function* () {})(); await g.next.call({}); },
  ];
  for (const attempt of tries) {
    try {
      await attempt();
    } catch (e) {
      console.log(e.constructor.name + ':', e.message);
    }
  }
  async function* boom() {
    yield 1;
    throw new RangeError('out of range');
  }
  for await (const x of boom()) console.log(x);
}

main();
