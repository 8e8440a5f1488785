// a catch block can rethrow to an outer handler
function inner() {
  try {
    throw new TypeError("bad type");
  } catch (e) {
    console.log("inner saw", e.name);
    throw e;
  }
}
try {
  inner();
} catch (e) {
  console.log("outer saw", e.name, e.message);
}
