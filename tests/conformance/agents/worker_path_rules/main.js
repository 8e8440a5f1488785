// A worker's file is found from the program's folder only when its path says so: './name',
// '../name' or an absolute path (__dirname + '/name'). A bare name is Node's ERR_WORKER_PATH.
const { Worker } = require('worker_threads');
console.log(__filename.endsWith('/main.js'), __filename === __dirname + '/main.js', __dirname.startsWith('/'));
try {
  new Worker('helper.js');
} catch (error) {
  console.log(error instanceof TypeError, error.name, error.code);
  console.log(error.message);
}
const byPath = new Worker(__dirname + '/helper.js', { workerData: 'absolute' });
byPath.on('message', (text) => console.log(text));
byPath.on('exit', () => {
  const relative = new Worker('./helper.js', { workerData: 'relative' });
  relative.on('message', (text) => console.log(text));
});
