// template literals convert interpolated values with String()
console.log(`${null} ${undefined} ${true}`);
console.log(`${[1, 2, 3]}`);
console.log(`${{}}`);
console.log(`${0.1 + 0.2}`);
console.log(`${1e21}`);
console.log(`${[]}|`);
