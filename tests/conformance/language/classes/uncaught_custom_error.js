// An uncaught error of a custom class ends the program as Node reports it.
class PaymentError extends Error {
  constructor(amount) {
    super(`cannot charge ${amount}`);
    this.name = 'PaymentError';
  }
}
console.log('charging');
throw new PaymentError(42);
