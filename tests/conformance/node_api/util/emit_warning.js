// process.emitWarning: a 'warning' event on the next tick, and Node's line on stderr.
process.on('warning', (warning) => console.log('warning event:', warning.name, warning.message, warning.code));
process.emitWarning('disk space is low');
process.emitWarning('cache is stale', 'CacheWarning', 'CACHE01');
process.emitWarning(new Error('from an error'));
process.emitWarning('with options', { type: 'OptionsWarning', code: 'OPT01' });
process.nextTick(() => console.log('a tick queued after the warnings'));
console.log('sync');
