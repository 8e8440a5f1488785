// an object rest element collects the remaining own properties
const { id, ...others } = { id: 1, name: "n", tag: "t" };
console.log(id, others);
const { ...copy } = { a: 1 };
console.log(copy);
