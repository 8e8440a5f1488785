// ?? only falls back on null and undefined, unlike ||
console.log(null ?? "fallback");
console.log(undefined ?? "fallback");
console.log(0 ?? "fallback", 0 || "fallback");
console.log("" ?? "fallback", "" || "fallback");
console.log(false ?? "fallback");
console.log(NaN ?? "fallback");
