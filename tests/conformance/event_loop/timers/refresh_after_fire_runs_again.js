// refresh() on a timeout that has already fired starts it again; on a cleared one it does nothing.
let runs = 0;
const once = setTimeout(() => {
  runs += 1;
  console.log('once fired', runs);
}, 5);
const cleared = setTimeout(() => console.log('cleared never fires'), 5);
clearTimeout(cleared);
setTimeout(() => {
  console.log('refreshing both');
  once.refresh();
  cleared.refresh();
}, 20);
