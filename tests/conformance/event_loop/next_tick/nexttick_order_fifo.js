// nextTick callbacks run in the order they were queued.
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => console.log('tick 2'));
process.nextTick(() => console.log('tick 3'));
