// an exception thrown in finally replaces the one from try
try {
  try {
    throw new Error("first");
  } finally {
    throw new Error("second");
  }
} catch (e) {
  console.log(e.message);
}
