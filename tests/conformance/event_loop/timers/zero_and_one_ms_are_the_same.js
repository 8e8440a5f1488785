// A delay of 0 is treated as 1 ms, so 0 and 1 keep creation order.
setTimeout(() => console.log('one ms A'), 1);
setTimeout(() => console.log('zero ms'), 0);
setTimeout(() => console.log('one ms B'), 1);
