// Arrays: pushing many elements, then iterating with forEach and index loops.
var N = 300000;
var items = [];
for (var i = 0; i < N; i++) items.push(i * 2);
var total = 0;
items.forEach(function (item) {
  total = (total + item) % 1000003;
});
for (var round = 0; round < 3; round++) {
  for (var j = 0; j < items.length; j++) total = (total + items[j]) % 1000003;
}
console.log(items.length, total);
