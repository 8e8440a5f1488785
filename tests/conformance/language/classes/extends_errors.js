// What a class may extend: a constructor or null, and nothing else.
for (const parent of [undefined, 42, 'text', {}, () => {}]) {
  try {
    class Child extends parent {}
    console.log('made', Child.name);
  } catch (error) {
    console.log(error.constructor.name + ': ' + error.message);
  }
}
function OldStyle(name) {
  this.name = name;
}
OldStyle.prototype.hello = function () {
  return `hello from ${this.name}`;
};
class NewStyle extends OldStyle {
  hello() {
    return super.hello().toUpperCase();
  }
}
console.log(new NewStyle('both').hello());
