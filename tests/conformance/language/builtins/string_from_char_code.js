// String.fromCharCode and charCodeAt convert between characters and codes
const codes = [];
for (const ch of "ABC") codes.push(ch.charCodeAt(0));
console.log(codes);
console.log(String.fromCharCode(...codes.map((c) => c + 32)));
