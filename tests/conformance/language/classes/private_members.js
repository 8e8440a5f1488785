// Private fields, methods, accessors and static members: reachable only inside the class,
// invisible to console.log, Object.keys and JSON.
class BankAccount {
  static #accounts = 0;
  #balance = 0;
  #history = [];
  owner;

  constructor(owner, opening) {
    this.owner = owner;
    this.#deposit(opening);
    BankAccount.#accounts++;
  }

  #deposit(amount) {
    if (amount <= 0) throw new RangeError('a deposit must be positive');
    this.#balance += amount;
    this.#history.push(+amount);
  }

  deposit(amount) {
    this.#deposit(amount);
    return this;
  }

  withdraw(amount) {
    if (amount > this.#balance) throw new Error(`only ${this.#balance} left`);
    this.#balance -= amount;
    this.#history.push(-amount);
    return this;
  }

  get balance() {
    return this.#balance;
  }

  get #summary() {
    return `${this.owner}: ${this.#history.join(', ')}`;
  }

  report() {
    return this.#summary;
  }

  static count() {
    return BankAccount.#accounts;
  }

  static isAccount(value) {
    return #balance in value;
  }

  sameOwnerAs(other) {
    return other.#history !== this.#history && this.owner === other.owner;
  }
}

const ada = new BankAccount('Ada', 100).deposit(50).withdraw(30);
console.log(ada.balance, ada.report());
console.log(ada, Object.keys(ada), JSON.stringify(ada));
console.log(BankAccount.count(), new BankAccount('Bob', 5).balance, BankAccount.count());
console.log(BankAccount.isAccount(ada), BankAccount.isAccount({ balance: 1 }));
console.log(ada.sameOwnerAs(new BankAccount('Ada', 1)));
try {
  ada.withdraw(1000);
} catch (error) {
  console.log(error.message);
}
try {
  ada.sameOwnerAs({ owner: 'Ada' });
} catch (error) {
  console.log(error.name + ':', error.message);
}
try {
  ada.deposit(-5);
} catch (error) {
  console.log(error.name + ':', error.message);
}

// Each class has its own #names, even with the same spelling; subclasses do not see them.
class Base {
  #id = 'base';
  baseId() {
    return this.#id;
  }
}
class Derived extends Base {
  #id = 'derived';
  ids() {
    return [this.baseId(), this.#id];
  }
}
console.log(new Derived().ids(), new Derived());

class Temperature {
  #celsius = 0;
  get #fahrenheit() {
    return this.#celsius * 1.8 + 32;
  }
  set #fahrenheit(value) {
    this.#celsius = (value - 32) / 1.8;
  }
  setF(value) {
    this.#fahrenheit = value;
    return this.#fahrenheit;
  }
  static #make() {
    return new Temperature();
  }
  static create() {
    return Temperature.#make();
  }
}
const t = Temperature.create();
console.log(t.setF(212), t.setF(32));
const frozen = Object.freeze(new Temperature());
console.log(frozen.setF(50));
