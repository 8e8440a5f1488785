// escapes and backticks work inside template literals
console.log(`tab\there`);
console.log(`back\`tick`);
console.log(`dollar \${not} interpolated`);
console.log(`$ alone and {braces}`);
