// methods called on an object see it as this
const counter = {
  count: 0,
  inc() { this.count++; return this.count; },
  describe: function () { return "count=" + this.count; },
};
counter.inc();
counter.inc();
console.log(counter.describe());
