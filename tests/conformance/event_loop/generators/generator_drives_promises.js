// Before async/await, a generator and a small runner did the same job: the generator yields a
// promise, the runner resumes it with the value (or throws the rejection into it) once it
// settles. Each resumption runs in a microtask, like an await's.
function delay(ms, value) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}
function run(generatorFunction) {
  const it = generatorFunction();
  return new Promise((resolve, reject) => {
    function step(method, argument) {
      let result;
      try {
        result = it[method](argument);
      } catch (error) {
        reject(error);
        return;
      }
      if (result.done) {
        resolve(result.value);
        return;
      }
      Promise.resolve(result.value).then((value) => step('next', value), (error) => step('throw', error));
    }
    step('next');
  });
}
run(function* () {
  console.log('start');
  const water = yield delay(20, 'boiled water');
  console.log('got', water);
  try {
    yield Promise.reject(new Error('no tea left'));
  } catch (error) {
    console.log('caught', error.message);
  }
  const [a, b] = yield Promise.all([delay(10, 'cup'), 'spoon']);
  console.log('got', a, b);
  return 'tea is ready';
}).then((result) => console.log(result));
setTimeout(() => console.log('timer at 15 ms'), 15);
Promise.resolve().then(() => console.log('a microtask first'));
console.log('sync end');
