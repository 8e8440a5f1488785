// small numbers print plain down to 1e-6 and use exponent form below that
console.log(0.000001);
console.log(0.0000012);
console.log(0.0000001);
console.log(1.5e-7);
console.log(1e-300);
