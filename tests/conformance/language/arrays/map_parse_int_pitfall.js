// map passes the index as the second argument, which parseInt uses as radix
console.log(["1", "2", "3"].map(parseInt));
console.log(["10", "10", "10"].map(parseInt));
console.log(["1", "2", "3"].map((s) => parseInt(s)));
