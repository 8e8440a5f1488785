// return stops executing the rest of the function body
function find(list, target) {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === target) return i;
  }
  return -1;
}
console.log(find([5, 6, 7], 6), find([5, 6, 7], 9));
