// finally runs when break or continue leaves the try block
for (let i = 0; i < 3; i++) {
  try {
    if (i === 0) continue;
    if (i === 2) break;
    console.log("body", i);
  } finally {
    console.log("finally", i);
  }
}
