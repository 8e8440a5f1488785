// keys that are not identifiers are printed in quotes
console.log({ "a-b": 1, "with space": 2, valid_id: 3, 42: 4, "": 5 });
console.log({ $dollar: 1, _under: 2, camelCase: 3, "1abc": 4, "x.y": 5 });
