// template literals can be nested inside interpolations
const items = ["a", "b"];
const s = `list: ${items.map((x) => `<${x}>`).join("")}`;
console.log(s);
const flag = true;
console.log(`state: ${flag ? `on (${1 + 1})` : "off"}`);
