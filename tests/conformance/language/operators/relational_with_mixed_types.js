// < and > convert to numbers unless both sides are strings
console.log("10" > 9);
console.log("10" > "9");
console.log(null >= 0, null > 0, null == 0);
console.log(undefined > 0, undefined < 0);
console.log("a" < 1, "a" > 1);
console.log(true > false);
