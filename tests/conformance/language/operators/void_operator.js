// void evaluates its operand and returns undefined
console.log(void 0);
console.log(void "anything");
let n = 0;
console.log(void n++, n);
