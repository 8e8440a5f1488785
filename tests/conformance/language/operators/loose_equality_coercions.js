// == converts primitives before comparing
console.log(1 == "1");
console.log(0 == "");
console.log(0 == "0");
console.log("" == "0");
console.log(true == 1);
console.log(false == "0");
console.log(true == "2");
console.log(" 1 " == 1);
