// private names are not supported yet
const o = { x: 1 };
console.log(o.#x);
