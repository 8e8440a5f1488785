const { parentPort, workerData } = require('worker_threads');
parentPort.postMessage(`started by an ${workerData} path; my file ends in ${__filename.slice(-10)}`);
