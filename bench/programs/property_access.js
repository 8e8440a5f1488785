// Property access: reading and writing object fields by dot and by bracket.
var N = 1000000;
var point = { x: 1, y: 2, z: 3 };
var keys = ['x', 'y', 'z'];
var total = 0;
for (var i = 0; i < N; i++) {
  point.x = point.y + i % 7;
  point.y = point.z + 1;
  total = (total + point[keys[i % 3]]) % 1000003;
}
console.log(total, point.x, point.y);
