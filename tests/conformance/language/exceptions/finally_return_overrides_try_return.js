// a return in finally overrides the return value of try
function f() {
  try {
    return "try";
  } finally {
    return "finally";
  }
}
console.log(f());
