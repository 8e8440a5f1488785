// A custom error: instanceof tells it apart, and it keeps Error's message.
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class NotFoundError extends Error {}
function check(user) {
  if (!user.email) throw new ValidationError('email', 'email is required');
  return 'ok';
}
try {
  check({});
} catch (error) {
  console.log(error instanceof ValidationError, error instanceof Error, error.name, error.field);
  console.log(error.message);
  console.log(String(error));
}
const missing = new NotFoundError('no such page');
console.log(missing instanceof NotFoundError, missing instanceof Error, missing.message, missing.name);
console.log(Object.prototype.toString.call(missing));
