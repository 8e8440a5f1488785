// methods returning this allow chaining
const builder = {
  parts: [],
  add(p) { this.parts.push(p); return this; },
  build() { return this.parts.join("-"); },
};
console.log(builder.add("a").add("b").add("c").build());
