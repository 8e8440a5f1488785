// reading a property of undefined or null gives node's exact TypeError message
let u;
const n = null;
try { u.foo; } catch (e) { console.log(e.message); }
try { n.bar; } catch (e) { console.log(e.message); }
try { u[0]; } catch (e) { console.log(e.message); }
const o = {};
try { o.inner.deep; } catch (e) { console.log(e.message); }
