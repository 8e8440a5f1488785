// setters are not supported yet
const box = { set value(v) { this.v = v; } };
