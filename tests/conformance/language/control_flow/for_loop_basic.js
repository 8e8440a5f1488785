// a classic for loop with init, test and update
for (let i = 0; i < 5; i++) {
  console.log(i);
}
for (let i = 10; i > 0; i -= 4) console.log("down", i);
