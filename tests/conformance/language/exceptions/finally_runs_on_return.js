// finally runs even when try returns, before the caller sees the value
function f() {
  try {
    console.log("in try");
    return "from try";
  } finally {
    console.log("in finally");
  }
}
console.log(f());
