// path.join glues segments with "/" and tidies the result; normalize only tidies.
const path = require('path');

console.log(path.join('src', 'lib', 'index.js'));
console.log(path.join('/usr', 'local/', '/bin'));
console.log(path.join('a', '../b', './c'));
console.log(path.join('a', '..', '..', 'b'));
console.log(path.join(''), path.join('', ''), path.join('a', ''));
console.log(path.normalize('/foo/bar//baz/asdf/quux/..'));
console.log(path.normalize('./a/./b/'), path.normalize(''), path.normalize('/../x'));
console.log(path.normalize('../../a/../b'));
