// nested try/catch/finally blocks run in a precise order
const log = [];
try {
  log.push("outer try");
  try {
    log.push("inner try");
    throw new Error("e");
  } catch (e) {
    log.push("inner catch");
    throw new Error("again");
  } finally {
    log.push("inner finally");
  }
} catch (e) {
  log.push("outer catch " + e.message);
} finally {
  log.push("outer finally");
}
console.log(log.join("\n"));
