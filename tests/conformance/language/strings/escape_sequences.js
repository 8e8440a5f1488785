// escape sequences inside string literals produce the right characters
console.log("tab:\tend");
console.log("line1\nline2");
console.log("quote: \" and \'");
console.log('back\\slash');
console.log("\u0041\x42C");
console.log("\u{1F600}".length);
