// for...in over an array yields index strings
const arr = ["x", "y"];
for (const i in arr) {
  console.log(i, typeof i, arr[i]);
}
