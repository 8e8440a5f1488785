// a class expression is reported where the class keyword is
const Shape = class {};
