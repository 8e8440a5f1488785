// super inside an arrow function is not supported yet
class Base { hello() { return 'hi'; } }
class Child extends Base {
  hello() {
    return [1].map(() => super.hello());
  }
}
