// ES module imports are not supported: use require
import { Worker } from 'worker_threads';
