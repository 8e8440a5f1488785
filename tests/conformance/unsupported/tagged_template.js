// tagged templates are not supported yet
function tag(s) { return s; }
console.log(tag`hello`);
