// ** produces exact integers and switches to exponent form when huge
console.log(2 ** 10);
console.log(2 ** 53);
console.log(2 ** 64);
console.log(2 ** -1);
console.log(10 ** 21);
console.log(10 ** 20);
