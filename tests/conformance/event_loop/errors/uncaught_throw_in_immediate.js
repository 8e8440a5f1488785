// An uncaught throw in an immediate ends the run; the next immediate never runs.
setImmediate(() => console.log('immediate 1'));
setImmediate(() => { throw new Error('immediate failure'); });
setImmediate(() => console.log('immediate 3 never'));
