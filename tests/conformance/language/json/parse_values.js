// JSON.parse builds objects, arrays and primitives
const v = JSON.parse('{"a":1,"b":[true,false,null],"c":{"d":"e"},"f":1.5e2}');
console.log(v);
console.log(JSON.parse("42"), JSON.parse('"str"'), JSON.parse("null"));
console.log(JSON.parse(" [1, 2] "));
