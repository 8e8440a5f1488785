// A timer created inside a timer counts its delay from when it was created.
setTimeout(() => {
  console.log('outer at 100');
  setTimeout(() => console.log('inner at 100+100'), 100);
}, 100);
setTimeout(() => console.log('plain at 150'), 150);
setTimeout(() => console.log('plain at 260'), 260);
