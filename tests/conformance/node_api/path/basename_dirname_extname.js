// The parts of a path, one at a time.
const path = require('path');

const file = '/home/user/notes/todo.txt';
console.log(path.basename(file), path.basename(file, '.txt'), path.dirname(file), path.extname(file));
console.log(path.basename('/dir/'), path.dirname('/dir/'), path.dirname('file'), path.dirname('/'));
console.log(JSON.stringify([path.extname('.bashrc'), path.extname('archive.tar.gz'), path.extname('name.'),
                            path.extname('..'), path.extname('noext')]));
console.log(path.basename('a/b/c.js', 'c.js'), path.basename('aaa', 'a'));
console.log(path.sep, path.delimiter, path.posix === path, path.posix.join('x', 'y'));
