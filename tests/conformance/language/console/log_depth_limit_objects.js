// objects nested deeper than two levels print as [Object]
console.log({ l1: { l2: { l3: { l4: "deep" } } } });
console.log({ a: { b: { c: {} } } });
console.log({ x: { y: { z: { w: 1 } }, v: 2 }, u: 3 });
