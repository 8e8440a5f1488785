// Symbol is not supported yet
const id = 1;
const key = Symbol('key');
