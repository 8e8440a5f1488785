// getters are not supported yet
const point = {
  x: 1,
  get double() { return this.x * 2; },
};
