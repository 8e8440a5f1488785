// strings inside arrays and objects are printed with single quotes
console.log(["a", "b"]);
console.log({ s: "text" });
console.log(["it's"]);
console.log(["say \"hi\""]);
console.log(["both ' and \""]);
