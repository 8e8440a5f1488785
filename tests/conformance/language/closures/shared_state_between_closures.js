// closures created in the same scope share the same variables
function makeAccount() {
  let balance = 0;
  return {
    deposit: (n) => { balance += n; },
    get: () => balance,
  };
}
const acc = makeAccount();
acc.deposit(10);
acc.deposit(5);
console.log(acc.get());
