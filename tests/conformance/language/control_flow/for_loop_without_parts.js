// a for loop may omit its init, test and update parts
let i = 0;
for (;;) {
  if (i >= 3) break;
  console.log("iteration", i);
  i++;
}
