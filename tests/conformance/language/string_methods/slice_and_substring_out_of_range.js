// out-of-range arguments to slice and substring are clamped
const s = "abc";
console.log(JSON.stringify(s.slice(5)));
console.log(s.slice(-10));
console.log(s.substring(1, 100));
console.log(JSON.stringify(s.charAt(-1)));
