// -0 prints as -0 with console.log but as 0 when converted to a string
console.log(-0);
console.log(0 * -1);
console.log(String(-0));
console.log(`${-0}`);
console.log("" + -0);
console.log(-0 === 0);
