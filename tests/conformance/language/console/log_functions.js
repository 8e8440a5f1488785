// functions print as [Function: name] or [Function (anonymous)]
function named() {}
const arrow = () => {};
console.log(named);
console.log(arrow);
console.log(function () {});
console.log([named, () => 1]);
console.log({ fn: named, m() {} });
