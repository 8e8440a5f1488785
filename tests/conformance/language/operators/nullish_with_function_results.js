// ?? does not evaluate its right side when the left is defined
function fallback() { console.log("fallback called"); return "fb"; }
console.log("x" ?? fallback());
console.log(undefined ?? fallback());
const cfg = { retries: 0 };
console.log(cfg.retries ?? 3, cfg.timeout ?? 1000);
