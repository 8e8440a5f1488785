// parse splits a path into an object; format puts one back together.
const path = require('path');

console.log(path.parse('/home/user/dir/file.txt'));
console.log(path.parse('file.tar.gz'));
console.log(path.parse('/'));
console.log(path.format({ dir: '/home/user/dir', base: 'file.txt' }));
console.log(path.format({ root: '/', name: 'file', ext: '.txt' }));
console.log(path.format({ name: 'report', ext: 'pdf' }));
console.log(path.format(path.parse('/a/b/c.md')));
