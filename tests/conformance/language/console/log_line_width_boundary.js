// objects switch from one line to several lines as their printed width grows
let o = {};
for (let i = 0; i < 8; i++) {
  o["key" + i] = "value" + i;
  console.log(o);
}
const arr = [];
for (let i = 0; i < 8; i++) {
  arr.push("item-" + i + "-abcdefgh");
  console.log(arr);
}
