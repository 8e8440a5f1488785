console.log('never printed');
let total = ;
