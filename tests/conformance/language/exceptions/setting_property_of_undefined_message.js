// writing a property of undefined or null gives a TypeError
let u;
try { u.x = 1; } catch (e) { console.log(e.name + ": " + e.message); }
const n = null;
try { n.y = 2; } catch (e) { console.log(e.name + ": " + e.message); }
