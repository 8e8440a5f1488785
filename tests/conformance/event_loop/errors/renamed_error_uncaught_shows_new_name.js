// An error renamed before it is thrown is reported under its new name (V8 writes the stack when it is first read).
setTimeout(() => {
  const error = new Error('order 7 not found');
  error.name = 'NotFoundError';
  error.status = 404;
  console.log('throwing', error.name);
  throw error;
}, 1);
