// A static block is no function: return is a SyntaxError there, as Node says.
class A {
  static {
    return 1;
  }
}
