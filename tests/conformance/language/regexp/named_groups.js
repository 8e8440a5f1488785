// Named capture groups fill `groups`, and $<name> refers to them in replacements.
const m = /(?<year>\d{4})-(?<month>\d{2})/.exec('on 2024-05-17');
console.log(m.groups.year, m.groups.month, m.index);
console.log(Object.keys(m.groups));
console.log('2024-05'.replace(/(?<y>\d+)-(?<m>\d+)/, '$<m>/$<y>'));
console.log(/(?<a>x)|(?<b>y)/.exec('y').groups.a);
