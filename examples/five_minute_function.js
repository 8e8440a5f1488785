// The seed's question: func2 takes "5 minutes" (here 300 ms of work).
// Synchronous: the single thread is stuck, and func3 waits for it.
function func1() {
  console.log("func1 done");
}
function func2() {
  work(300); // busy: nothing else can run on this thread
  console.log("func2 done, 300 ms later");
}
function func3() {
  console.log("func3 done");
}
func1();
func2();
func3();
