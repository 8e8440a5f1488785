// Uncaught, Node reports its own error at its internal throw site, with the code.
console.log('before');
setTimeout('console.log("strings are not evaluated")', 1);
console.log('not reached');
