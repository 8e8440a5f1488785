// A regex literal prints as written, and its flags read back in canonical order.
const re = /a+b/gi;
console.log(re);
console.log(String(re), re.source, re.flags);
console.log(re.global, re.ignoreCase, re.multiline, re.sticky, re.unicode, re.dotAll);
console.log([/x/, /y\/z/m]);
console.log({ pattern: /\d{2,}/y });
console.log(new RegExp('a/b').source, new RegExp('').toString());
console.log(typeof re, re instanceof RegExp);
