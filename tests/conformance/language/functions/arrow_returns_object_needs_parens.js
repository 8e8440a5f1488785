// an arrow body in braces is a block, so it returns undefined without return
const asBlock = () => { a: 1 };
const asObject = () => ({ a: 1 });
console.log(asBlock());
console.log(asObject());
