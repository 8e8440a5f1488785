console.log('never printed');
console.log('a' 'b');
