// built-in error constructors set name and message
const errors = [
  new Error("e"), new TypeError("t"), new RangeError("r"),
  new ReferenceError("ref"), new SyntaxError("s"), new EvalError("ev"), new URIError("u"),
];
for (const e of errors) {
  console.log(e.name, "|", e.message, "|", String(e));
}
