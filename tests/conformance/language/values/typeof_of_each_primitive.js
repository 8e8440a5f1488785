// typeof reports the right type name for each kind of value
console.log(typeof 1);
console.log(typeof 1.5);
console.log(typeof "s");
console.log(typeof true);
console.log(typeof undefined);
console.log(typeof null);
console.log(typeof {});
console.log(typeof []);
console.log(typeof function () {});
console.log(typeof (() => 1));
