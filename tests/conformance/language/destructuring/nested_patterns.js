// patterns nest through arrays and objects
const data = { user: { name: "Kim", tags: ["a", "b"] }, pts: [[1, 2], [3, 4]] };
const { user: { name, tags: [firstTag] }, pts: [, [x, y]] } = data;
console.log(name, firstTag, x, y);
