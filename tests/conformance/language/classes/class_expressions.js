// Classes are values: expressions, anonymous ones named by their variable, passed around.
const Point = class {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  plus(other) {
    return new Point(this.x + other.x, this.y + other.y);
  }
};
console.log(Point.name, new Point(1, 2).plus(new Point(3, 4)));
const Named = class Inner {
  who() {
    return 'named';
  }
};
console.log(Named.name, new Named().who());
function withTimestamp(Base) {
  return class extends Base {
    stamp = 7;
  };
}
class Message {
  constructor(text) {
    this.text = text;
  }
}
const Stamped = withTimestamp(Message);
const message = new Stamped('hello');
console.log(message.text, message.stamp, message instanceof Message);
const shapes = [class Circle {}, class Square {}].map((Shape) => new Shape());
console.log(shapes);
