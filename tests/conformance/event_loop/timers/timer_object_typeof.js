// setTimeout returns an object (a Timeout), not a number.
const t = setTimeout(() => console.log('fired'), 0);
console.log('typeof timer:', typeof t);
console.log('is null:', t === null);
const u = setTimeout(() => {}, 0);
console.log('distinct:', t !== u);
clearTimeout(u);
