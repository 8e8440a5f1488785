// join concatenates elements with a separator and renders null/undefined as empty
console.log([1, 2, 3].join());
console.log([1, 2, 3].join(" - "));
console.log(["a", "b"].join(""));
console.log([null, undefined, 0, false].join("|"));
console.log([[1, 2], [3]].join(";"));
console.log([].join(","));
