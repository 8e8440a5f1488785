// numeric property keys are converted to strings
const o = {};
o[1] = "a";
o["1"] = "b";
o[1.5] = "c";
console.log(o);
console.log(Object.keys(o).map((k) => typeof k));
