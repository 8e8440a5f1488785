// Only the first resolve or reject counts; later calls are ignored.
const p = new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
});
p.then((v) => console.log('value:', v), (e) => console.log('never', e));
