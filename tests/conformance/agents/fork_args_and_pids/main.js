// fork(file, args): the child sees its arguments; pids differ; ppid is the parent's pid.
const { fork } = require('child_process');
const child = fork('child.js', ['one', 'two']);
child.on('message', (m) => {
  console.log('args', m.args.join(','), 'own pid', m.pid !== process.pid, 'ppid matches', m.ppid === process.pid,
              'pid matches handle', m.pid === child.pid);
});
child.on('exit', (code) => console.log('exit', code));
