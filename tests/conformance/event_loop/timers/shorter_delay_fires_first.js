// A timer with a shorter delay fires before one with a longer delay, regardless of creation order.
setTimeout(() => console.log('300ms'), 300);
setTimeout(() => console.log('100ms'), 100);
setTimeout(() => console.log('200ms'), 200);
console.log('scheduled');
