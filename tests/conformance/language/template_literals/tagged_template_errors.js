// A tag that is not a function, and String.raw given what is not a template.
const notATag = 5;
try { notATag`x`; } catch (e) { console.log(e.constructor.name, e.message); }
const o = {};
try { o.missing`x`; } catch (e) { console.log(e.constructor.name, e.message); }
try { String.raw(); } catch (e) { console.log(e.constructor.name, e.message); }
try { String.raw({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(String.raw({ raw: [] }), String.raw({ raw: { length: 2, 0: 'p', 1: 'q' } }, 9));
console.log(typeof String.raw, String.raw.length, String.raw.name);
