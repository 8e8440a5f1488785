// Getters and setters in object literals: computed on every read, run on every write.
const account = {
  owner: 'Ann',
  cents: 1250,
  get balance() {
    return `$${(this.cents / 100).toFixed(2)}`;
  },
  set balance(text) {
    this.cents = Math.round(parseFloat(text.replace('$', '')) * 100);
  },
  get initials() {
    return this.owner[0];
  },
};
console.log(account.balance, account.initials);
account.balance = '$20.5';
console.log(account.cents, account.balance);
account.initials = 'Z';
console.log(account.initials);
console.log(account);
console.log(Object.keys(account), JSON.stringify(account));
console.log({ ...account });
console.log(Object.entries(account).length, 'balance' in account);
const counter = {
  count: 0,
  get next() {
    return ++this.count;
  },
};
console.log(counter.next, counter.next, counter.next);
const key = 'dynamic';
const computed = {
  get [key + 'Name']() {
    return 'from a computed key';
  },
  get: 1,
  set(value) {
    return value * 2;
  },
};
console.log(computed.dynamicName, computed.get, computed.set(4));
const inherited = Object.create(account);
inherited.cents = 99;
console.log(inherited.balance, Object.keys(inherited));
