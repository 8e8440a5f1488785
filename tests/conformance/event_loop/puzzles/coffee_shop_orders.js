// A story mix: orders with different brew times, a quick note via microtask, cleanup via nextTick.
console.log('Shop opens');
const brew = (drink, ms) => new Promise((r) => setTimeout(() => r(drink), ms));
brew('latte', 200).then((d) => console.log('Served', d));
brew('espresso', 50).then((d) => console.log('Served', d));
brew('tea', 120).then((d) => console.log('Served', d));
Promise.resolve().then(() => console.log('Note: orders taken'));
process.nextTick(() => console.log('Till counted'));
console.log('Waiting for drinks');
