// a thrown Error is caught and its message read
try {
  throw new Error("something broke");
} catch (e) {
  console.log("caught:", e.message);
}
console.log("continues");
