// A try/catch inside a timer callback keeps the error local; later timers still run.
setTimeout(() => {
  try {
    throw new Error('local');
  } catch (e) {
    console.log('caught in timer:', e.message);
  }
}, 10);
setTimeout(() => console.log('next timer runs'), 60);
