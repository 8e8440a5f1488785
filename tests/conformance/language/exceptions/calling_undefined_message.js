// calling undefined or a non-function gives a TypeError naming the expression
const obj = { n: 5 };
let notFn;
try { notFn(); } catch (e) { console.log(e.name + ": " + e.message); }
try { obj.missing(); } catch (e) { console.log(e.name + ": " + e.message); }
try { obj.n(); } catch (e) { console.log(e.name + ": " + e.message); }
try { (1)(); } catch (e) { console.log(e.name + ": " + e.message); }
