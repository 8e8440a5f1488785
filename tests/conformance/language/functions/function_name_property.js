// functions carry a name inferred from their declaration or binding
function decl() {}
const expr = function () {};
const arrow = () => {};
const obj = { method() {}, prop: () => {} };
console.log(decl.name, expr.name, arrow.name);
console.log(obj.method.name, obj.prop.name);
console.log((() => {}).name === "");
