// try/finally without catch runs finally and then lets the error propagate
function f() {
  try {
    throw new Error("propagated");
  } finally {
    console.log("cleanup");
  }
}
try {
  f();
} catch (e) {
  console.log("outer caught", e.message);
}
