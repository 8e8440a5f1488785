// long decimal literals are rounded to 17 significant digits at most
console.log(3.14159265358979323846);
console.log(0.1234567890123456789);
console.log(123456789.123456789);
console.log(2 ** 0.5);
