// match with and without g, and matchAll spread into an array.
console.log('a1b2c3'.match(/\d/g), 'abc'.match(/\d/g));
console.log('a1b2'.match(/\d/).index);
const all = [...'k1=v1;k2=v2'.matchAll(/(\w+)=(\w+)/g)];
console.log(all.length, all.map(m => `${m[1]}:${m[2]}@${m.index}`));
for (const m of 'xAyBz'.matchAll(/[A-Z]/g)) console.log(m[0], m.index);
try {
  'abc'.matchAll(/b/);
} catch (e) {
  console.log(e.name);
}
