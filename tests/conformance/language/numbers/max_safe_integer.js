// integers beyond 2^53 lose precision
console.log(Number.MAX_SAFE_INTEGER);
console.log(Number.MAX_SAFE_INTEGER + 1);
console.log(Number.MAX_SAFE_INTEGER + 2);
console.log(9007199254740993);
console.log(Number.MIN_SAFE_INTEGER);
console.log(Number.isSafeInteger(9007199254740991), Number.isSafeInteger(9007199254740992));
