// Number.MAX_VALUE, Number.MIN_VALUE and Number.EPSILON print in exponent form
console.log(Number.MAX_VALUE);
console.log(Number.MIN_VALUE);
console.log(Number.EPSILON);
console.log(Number.MAX_VALUE * 2);
