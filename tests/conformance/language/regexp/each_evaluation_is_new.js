// A literal makes a new RegExp each time it is evaluated, with its own lastIndex.
function make() { return /a/g; }
const first = make();
const second = make();
console.log(first === second);
first.test('aa');
console.log(first.lastIndex, second.lastIndex);
