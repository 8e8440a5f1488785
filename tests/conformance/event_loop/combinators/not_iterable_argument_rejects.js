// A combinator given something it cannot iterate returns a rejected promise (it does not throw),
// with V8's message naming the value's type.
const show = (label) => (error) => console.log(label, error.name, error.message);
Promise.all(5).catch(show('all'));
Promise.allSettled(null).catch(show('allSettled'));
Promise.race({ length: 1 }).catch(show('race'));
Promise.any(undefined).catch(show('any'));
Promise.all(true).catch(show('all'));
Promise.race(() => 1).catch(show('race'));
console.log('no throw: the calls returned');
