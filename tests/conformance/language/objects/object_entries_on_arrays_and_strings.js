// Object.entries works on arrays and strings too
console.log(Object.entries(["a", "b"]));
console.log(Object.keys("hey"));
console.log(Object.values("hey"));
