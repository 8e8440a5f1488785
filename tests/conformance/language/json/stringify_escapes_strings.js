// JSON.stringify escapes quotes, backslashes and control characters
console.log(JSON.stringify("quote \" backslash \\ newline \n tab \t"));
console.log(JSON.stringify("\u0001"));
console.log(JSON.stringify("unicode é 😀"));
