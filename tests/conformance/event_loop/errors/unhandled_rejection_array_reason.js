// An unhandled rejection with an array names it "[object Array]" in Node's message.
console.log('rejecting with an array');
Promise.resolve().then(() => Promise.reject(['first', 'second']));
