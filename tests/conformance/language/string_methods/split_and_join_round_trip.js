// split then join rebuilds a string with a different separator
const path = "usr/local/bin";
console.log(path.split("/").join("\\"));
console.log("a b c".split(" ").reverse().join(" "));
