// an if without braces controls only the next statement
const x = 0;
if (x) console.log("not printed");
console.log("always printed");
if (!x) console.log("printed"); else console.log("not printed either");
