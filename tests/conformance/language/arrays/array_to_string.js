// String() of an array joins with commas, nested arrays flatten
console.log(String([1, [2, [3]], "a"]));
console.log([null] + "", [undefined] + "");
console.log(String([]) === "");
