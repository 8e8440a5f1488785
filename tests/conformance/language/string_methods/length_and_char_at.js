// length and charAt read string size and characters
const s = "hello";
console.log(s.length);
console.log(s.charAt(1), s.charAt(4));
console.log(JSON.stringify(s.charAt(10)));
console.log(s.charCodeAt(0), String.fromCharCode(72, 105));
