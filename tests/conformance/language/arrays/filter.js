// filter keeps elements for which the callback returns truthy
const nums = [1, 2, 3, 4, 5, 6];
console.log(nums.filter((n) => n % 2 === 0));
console.log([0, "a", "", null, 1, undefined].filter(Boolean));
console.log(nums.filter(() => false));
