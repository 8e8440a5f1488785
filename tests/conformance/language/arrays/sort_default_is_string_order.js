// sort without a comparator compares elements as strings
console.log([10, 9, 1, 100, 25].sort());
console.log(["banana", "Apple", "cherry", "apple"].sort());
console.log([true, false, "a", 3].sort());
console.log([3, undefined, 1].sort());
