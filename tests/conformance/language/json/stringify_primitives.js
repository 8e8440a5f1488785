// JSON.stringify of primitive values
console.log(JSON.stringify(1));
console.log(JSON.stringify("s"));
console.log(JSON.stringify(true));
console.log(JSON.stringify(null));
console.log(JSON.stringify(undefined));
console.log(JSON.stringify(NaN), JSON.stringify(-Infinity));
console.log(JSON.stringify(-0));
