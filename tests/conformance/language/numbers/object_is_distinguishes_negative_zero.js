// Object.is tells -0 from 0 and NaN from NaN, unlike ===
console.log(Object.is(-0, 0));
console.log(Object.is(0, 0));
console.log(Object.is(NaN, NaN));
console.log(Object.is(1 / -Infinity, -0));
