// catch may omit its parameter
try {
  JSON.parse("{oops");
} catch {
  console.log("invalid json ignored");
}
