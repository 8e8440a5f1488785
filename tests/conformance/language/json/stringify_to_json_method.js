// an object's toJSON method supplies its serialized value
const o = { secret: 1, toJSON() { return { public: true }; } };
console.log(JSON.stringify(o));
console.log(JSON.stringify({ wrap: o }));
