// the error from JSON.parse is an instance of SyntaxError and Error
try {
  JSON.parse("{x:1}");
} catch (e) {
  console.log(e instanceof SyntaxError, e instanceof Error, e.name);
}
