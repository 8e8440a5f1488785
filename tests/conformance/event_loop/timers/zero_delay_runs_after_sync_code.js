// setTimeout(fn, 0) never runs synchronously: the whole script finishes first.
console.log('before');
setTimeout(() => console.log('timeout 0'), 0);
for (let i = 0; i < 3; i++) console.log('loop ' + i);
console.log('after');
