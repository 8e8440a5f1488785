// Getters and setters in classes: on the prototype, not on each object; static ones on the class.
class Rectangle {
  constructor(width, height) {
    this.width = width;
    this.height = height;
  }
  get area() {
    return this.width * this.height;
  }
  get size() {
    return `${this.width}x${this.height}`;
  }
  set size(text) {
    [this.width, this.height] = text.split('x').map(Number);
  }
  static get unit() {
    return 'cm';
  }
}
const box = new Rectangle(3, 4);
console.log(box.area, box.size, Rectangle.unit);
box.size = '5x6';
console.log(box.width, box.height, box.area);
console.log(box, Object.keys(box));
console.log(Object.getOwnPropertyNames(Rectangle.prototype));
class Square extends Rectangle {
  constructor(side) {
    super(side, side);
  }
  get size() {
    return `square ${super.size}`;
  }
}
const square = new Square(2);
console.log(square.area, square.size);
square.size = '7x7';
console.log(square.width, 'size' in square);
try {
  box.area = 100;
} catch (error) {
  console.log(error.constructor.name, error.message);
}
console.log(box.area);
