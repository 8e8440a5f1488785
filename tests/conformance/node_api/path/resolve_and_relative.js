// resolve works from the program's folder (the working directory) to an absolute path.
const path = require('path');

console.log(path.resolve('data', 'file.txt') === path.join(__dirname, 'data', 'file.txt'));
console.log(path.resolve('/tmp', 'logs', '../cache'));
console.log(path.resolve('/a/b', '/c', 'd'));
console.log(path.resolve() === process.cwd(), process.cwd() === __dirname);
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
console.log(JSON.stringify(path.relative('/a/b', '/a/b')), path.relative('/a', '/a/b/c'));
console.log(path.relative('/a/b/c', '/a'));
console.log(path.isAbsolute('/x'), path.isAbsolute('x/y'), path.isAbsolute(''));
