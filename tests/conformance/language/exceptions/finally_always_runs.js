// finally runs after try and after catch
function f(shouldThrow) {
  try {
    console.log("try");
    if (shouldThrow) throw new Error("x");
  } catch (e) {
    console.log("catch", e.message);
  } finally {
    console.log("finally");
  }
}
f(false);
f(true);
