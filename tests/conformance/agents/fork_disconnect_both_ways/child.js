process.on('disconnect', () => console.log('child: disconnected'));
process.on('message', () => {});
process.send('hello');
