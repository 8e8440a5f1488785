// && and || skip evaluating the right side when the result is known
function side(label, v) { console.log("eval", label); return v; }
side("a", false) && side("b", true);
side("c", true) || side("d", true);
side("e", true) && side("f", 0);
side("g", 0) || side("h", 1);
