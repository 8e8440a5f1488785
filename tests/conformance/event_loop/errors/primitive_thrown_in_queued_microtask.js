// A value that is not an Error, thrown by a queueMicrotask callback and never caught: Node
// reports it where its own library drained the microtasks (node:internal/process/task_queues,
// "runMicrotasks();"), as console.log had scheduled a tick; with no tick scheduled V8 drains
// them itself and Node names "<anonymous_script>:0". Found by tests/differential.
console.log('main');
queueMicrotask(() => {
  console.log('microtask');
  throw 42;
});
