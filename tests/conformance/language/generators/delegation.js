// yield* hands over to another iterable: each of its values is yielded in turn.
function* letters() {
  yield 'a';
  yield 'b';
}
function* everything() {
  yield 0;
  yield* letters();
  yield* [1, 2];
  yield* 'xy';
  yield* new Set(['set']);
  yield 'last';
}
console.log([...everything()]);
function* tree(node) {
  if (!node) return;
  yield* tree(node.left);
  yield node.value;
  yield* tree(node.right);
}
const root = { value: 2, left: { value: 1 }, right: { value: 4, left: { value: 3 } } };
console.log([...tree(root)]);
