// 0.1 + 0.2 prints the shortest round-tripping representation
console.log(0.1 + 0.2);
console.log(0.1 + 0.2 === 0.3);
console.log(0.3 - 0.1);
console.log(1.1 * 3);
