// exec with the g flag walks the string through lastIndex; without it lastIndex stays 0.
const re = /o(\w)/g;
const text = 'foo boz hop';
let m;
while ((m = re.exec(text)) !== null) {
  console.log(m[0], m[1], m.index, re.lastIndex);
}
console.log(re.lastIndex);
const once = /o/;
console.log(once.exec(text).index, once.lastIndex, once.exec(text).index);
const sticky = /a/y;
console.log(sticky.test('aab'), sticky.lastIndex, sticky.test('aab'), sticky.lastIndex, sticky.test('aab'), sticky.lastIndex);
re.lastIndex = 5;
console.log(re.exec(text)[0], re.lastIndex);
