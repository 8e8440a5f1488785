// A missing delay is treated as 1 ms, equal to 0 and 1, so creation order decides.
setTimeout(() => console.log('delay 1'), 1);
setTimeout(() => console.log('no delay'));
setTimeout(() => console.log('delay 0'), 0);
setTimeout(() => console.log('no delay again'));
