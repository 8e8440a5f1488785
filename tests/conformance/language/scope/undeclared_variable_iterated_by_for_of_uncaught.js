// for...of over an undeclared variable reports the iterated expression
console.log("before the loop");
for (const item of missingItems) {
  console.log(item);
}
