// an error thrown deep in a call chain unwinds to the nearest catch
function level3() { throw new RangeError("too deep"); }
function level2() { level3(); console.log("not reached 2"); }
function level1() { level2(); console.log("not reached 1"); }
try {
  level1();
} catch (e) {
  console.log(e.name, e.message);
}
