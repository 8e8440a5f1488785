// an array of small objects prints on one line when it fits
console.log([{ id: 1 }, { id: 2 }]);
console.log([{ id: 1, name: "first item" }, { id: 2, name: "second item" }, { id: 3, name: "third" }]);
console.log([{}, { a: {} }]);
