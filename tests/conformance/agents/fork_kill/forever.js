process.send('working forever');
setInterval(() => {}, 1000);
