// "in" distinguishes a property set to undefined from a missing one
const o = { present: undefined };
console.log(o.present === undefined, o.absent === undefined);
console.log("present" in o, "absent" in o);
console.log(Object.keys(o));
