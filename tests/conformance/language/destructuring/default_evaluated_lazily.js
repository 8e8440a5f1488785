// a default expression is only evaluated when it is needed
function dflt() { console.log("default evaluated"); return 0; }
const [a = dflt()] = [5];
console.log(a);
const [b = dflt()] = [];
console.log(b);
