// Matches are ordinary work; a simple pattern on a long string is quick.
const long = 'ab'.repeat(5000);
console.log(/(ab)+$/.test(long), long.replace(/b/g, '').length);
console.log('aaaaaaaaaaaaaaaaaaaaaaaab'.match(/^(a+)+b$/)[1].length);
