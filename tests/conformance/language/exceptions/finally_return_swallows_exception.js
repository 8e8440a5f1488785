// a return in finally discards an exception thrown in try
function f() {
  try {
    throw new Error("lost");
  } finally {
    return "finally wins";
  }
}
console.log(f());
