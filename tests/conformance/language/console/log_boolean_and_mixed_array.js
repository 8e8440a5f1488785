// a mixed-type array prints each element in its own style
console.log([1, "two", true, null, undefined, [3], { four: 4 }, -0]);
console.log({ t: true, f: false, n: 0, s: "", e: [] });
