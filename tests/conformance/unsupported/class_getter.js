// getters in a class are not supported yet: a clear diagnostic at `get`
console.log('never printed');
class Temperature {
  constructor(celsius) { this.celsius = celsius; }
  get fahrenheit() { return this.celsius * 1.8 + 32; }
}
