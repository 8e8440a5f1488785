// reserved words are valid property names
const o = { if: 1, for: 2, return: 3, new: 4, default: 5 };
console.log(o.if + o.for + o.return + o.new + o.default);
console.log(Object.keys(o));
