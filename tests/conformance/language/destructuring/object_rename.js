// a colon in an object pattern binds the property to a different name
const { x: left, y: top } = { x: 5, y: 7 };
console.log(left, top);
const { a: { b: deepRenamed } } = { a: { b: "deep" } };
console.log(deepRenamed);
