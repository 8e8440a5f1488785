// A throw inside a nextTick callback ends the run before any promise callback.
Promise.resolve().then(() => console.log('promise never'));
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => { throw new Error('tick failure'); });
process.nextTick(() => console.log('tick 3 never'));
