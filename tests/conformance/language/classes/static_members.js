// Static methods and fields belong to the class, and subclasses inherit them.
class Temperature {
  static unit = 'C';
  static count = 0;
  constructor(degrees) {
    this.degrees = degrees;
    Temperature.count++;
  }
  static fromFahrenheit(f) {
    return new this(Math.round(((f - 32) * 5) / 9));
  }
  static compare(a, b) {
    return a.degrees - b.degrees;
  }
}
class Reading extends Temperature {}
const readings = [new Temperature(30), Temperature.fromFahrenheit(50), Reading.fromFahrenheit(212)];
readings.sort(Temperature.compare);
console.log(readings.map((r) => `${r.degrees}${Temperature.unit}`).join(', '));
console.log(Temperature.count, Reading.count, Reading.unit);
console.log(readings[2] instanceof Reading, readings[0] instanceof Reading);
console.log(Object.keys(Temperature));
