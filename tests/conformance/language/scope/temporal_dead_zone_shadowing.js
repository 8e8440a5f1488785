// an inner let shadows the outer one from the start of the block
const v = "outer";
{
  try {
    console.log(v);
  } catch (e) {
    console.log("caught", e.message);
  }
  let v = "inner";
  console.log(v);
}
