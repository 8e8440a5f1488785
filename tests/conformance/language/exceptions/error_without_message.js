// an Error with no message has an empty message and toString shows only the name
const e = new Error();
console.log(JSON.stringify(e.message));
console.log(String(e));
console.log(String(new TypeError()));
