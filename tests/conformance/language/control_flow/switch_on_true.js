// switch (true) dispatches on the first true case expression
function bucket(n) {
  switch (true) {
    case n < 10: return "low";
    case n < 100: return "mid";
    default: return "high";
  }
}
console.log(bucket(5), bucket(50), bucket(500));
