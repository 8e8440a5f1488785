// -0 prints as -0 at top level and inside containers
console.log(-0);
console.log([-0, 0]);
console.log({ z: -0 });
console.log([0 * -1]);
