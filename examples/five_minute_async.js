// The same three functions, with func2 asynchronous: it returns a promise at once,
// the thread runs func3, and func2's callback comes back when its timer is due.
function func1() {
  console.log("func1 done");
}
function func2() {
  return new Promise((resolve) => {
    setTimeout(() => {
      console.log("func2 done, 300 ms later");
      resolve();
    }, 300);
  });
}
function func3() {
  console.log("func3 done");
}
func1();
func2().then(() => console.log("after func2"));
func3();
