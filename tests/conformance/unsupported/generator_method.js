// generator methods in object literals are not supported yet
const o = {
  *items() {},
};
