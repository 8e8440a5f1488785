process.send({ args: process.argv.slice(2), pid: process.pid, ppid: process.ppid }, () => process.disconnect());
