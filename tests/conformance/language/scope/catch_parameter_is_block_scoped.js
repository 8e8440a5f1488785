// the catch parameter is only visible inside the catch block
const e = "outer e";
try {
  throw new Error("inner");
} catch (e) {
  console.log(e.message);
}
console.log(e);
