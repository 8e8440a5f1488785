// for...of loops can destructure each element
const entries = Object.entries({ a: 1, b: 2 });
for (const [k, v] of entries) {
  console.log(k, v);
}
for (const { id, ok } of [{ id: 1, ok: true }, { id: 2, ok: false }]) {
  console.log(id, ok);
}
