// numbers print in plain form below 1e21 and in exponent form from 1e21
console.log(1e20);
console.log(123456789012345680000);
console.log(1e21);
console.log(1.5e21);
console.log(-1e21);
