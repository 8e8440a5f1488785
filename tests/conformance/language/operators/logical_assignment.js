// ||=, &&= and ??= assign only when the condition holds
let a = 0; a ||= 5; console.log(a);
let b = 1; b ||= 5; console.log(b);
let c = 1; c &&= 7; console.log(c);
let d = 0; d &&= 7; console.log(d);
let e = null; e ??= "set"; console.log(e);
let f = 0; f ??= "set"; console.log(f);
