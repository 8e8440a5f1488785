// A non-numeric (NaN) delay is treated as 1 ms, like 0.
setTimeout(() => console.log('zero A'), 0);
setTimeout(() => console.log('NaN delay'), NaN);
setTimeout(() => console.log('undefined delay'), undefined);
setTimeout(() => console.log('zero B'), 0);
setTimeout(() => console.log('60 ms'), 60);
