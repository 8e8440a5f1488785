// The JavaScript half of the built-ins. Each exported function is installed under the
// dotted name it is exported as. Written in the supported subset; it runs once per Vm.
#include "vm/builtins.h"

namespace th::detail {

const char* const kPreludeSource = R"JS(
'use strict';
// The wrapper's second parameter carries the C++ helpers (see Vm::RunPrelude).
const internals = require;

function callbackCheck(fn, name) {
  if (typeof fn !== 'function') {
    throw new TypeError(typeof fn === 'string' ? '"' + fn + '" is not a function' : String(fn) + ' is not a function');
  }
}

exports['Array.prototype.forEach'] = function forEach(fn, thisArg) {
  callbackCheck(fn);
  const a = this;
  for (let i = 0; i < a.length; i++) {
    if (i in a) fn.call(thisArg, a[i], i, a);
  }
};
exports['Array.prototype.map'] = function map(fn, thisArg) {
  callbackCheck(fn);
  const a = this;
  const out = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    if (i in a) out[i] = fn.call(thisArg, a[i], i, a);
  }
  return out;
};
exports['Array.prototype.filter'] = function filter(fn, thisArg) {
  callbackCheck(fn);
  const a = this;
  const out = [];
  for (let i = 0; i < a.length; i++) {
    if (i in a && fn.call(thisArg, a[i], i, a)) out.push(a[i]);
  }
  return out;
};
exports['Array.prototype.reduce'] = function reduce(fn, ...initial) {
  callbackCheck(fn);
  const a = this;
  let i = 0;
  let acc;
  if (initial.length > 0) {
    acc = initial[0];
  } else {
    while (i < a.length && !(i in a)) i++;
    if (i >= a.length) throw new TypeError('Reduce of empty array with no initial value');
    acc = a[i++];
  }
  for (; i < a.length; i++) {
    if (i in a) acc = fn(acc, a[i], i, a);
  }
  return acc;
};
exports['Array.prototype.reduceRight'] = function reduceRight(fn, ...initial) {
  callbackCheck(fn);
  const a = this;
  let i = a.length - 1;
  let acc;
  if (initial.length > 0) {
    acc = initial[0];
  } else {
    while (i >= 0 && !(i in a)) i--;
    if (i < 0) throw new TypeError('Reduce of empty array with no initial value');
    acc = a[i--];
  }
  for (; i >= 0; i--) {
    if (i in a) acc = fn(acc, a[i], i, a);
  }
  return acc;
};
exports['Array.prototype.find'] = function find(fn, thisArg) {
  callbackCheck(fn);
  const a = this;
  for (let i = 0; i < a.length; i++) {
    if (fn.call(thisArg, a[i], i, a)) return a[i];
  }
  return undefined;
};
exports['Array.prototype.findIndex'] = function findIndex(fn, thisArg) {
  callbackCheck(fn);
  const a = this;
  for (let i = 0; i < a.length; i++) {
    if (fn.call(thisArg, a[i], i, a)) return i;
  }
  return -1;
};
exports['Array.prototype.findLast'] = function findLast(fn, thisArg) {
  callbackCheck(fn);
  const a = this;
  for (let i = a.length - 1; i >= 0; i--) {
    if (fn.call(thisArg, a[i], i, a)) return a[i];
  }
  return undefined;
};
exports['Array.prototype.findLastIndex'] = function findLastIndex(fn, thisArg) {
  callbackCheck(fn);
  const a = this;
  for (let i = a.length - 1; i >= 0; i--) {
    if (fn.call(thisArg, a[i], i, a)) return i;
  }
  return -1;
};
exports['Array.prototype.some'] = function some(fn, thisArg) {
  callbackCheck(fn);
  const a = this;
  for (let i = 0; i < a.length; i++) {
    if (i in a && fn.call(thisArg, a[i], i, a)) return true;
  }
  return false;
};
exports['Array.prototype.every'] = function every(fn, thisArg) {
  callbackCheck(fn);
  const a = this;
  for (let i = 0; i < a.length; i++) {
    if (i in a && !fn.call(thisArg, a[i], i, a)) return false;
  }
  return true;
};
exports['Array.prototype.flatMap'] = function flatMap(fn, thisArg) {
  callbackCheck(fn);
  const a = this;
  const out = [];
  for (let i = 0; i < a.length; i++) {
    const r = fn.call(thisArg, a[i], i, a);
    if (Array.isArray(r)) {
      for (const x of r) out.push(x);
    } else {
      out.push(r);
    }
  }
  return out;
};

function defaultCompare(x, y) {
  const a = String(x);
  const b = String(y);
  return a < b ? -1 : a > b ? 1 : 0;
}
// A stable merge sort (V8's TimSort is stable too); undefined values go last.
exports['Array.prototype.sort'] = function sort(compare) {
  if (compare !== undefined && typeof compare !== 'function') {
    throw new TypeError('The comparison function must be either a function or undefined');
  }
  const a = this;
  const cmp = compare === undefined ? defaultCompare : compare;
  const values = [];
  let undefinedCount = 0;
  for (let i = 0; i < a.length; i++) {
    if (!(i in a)) continue;
    if (a[i] === undefined) undefinedCount++;
    else values.push(a[i]);
  }
  let src = values;
  let dst = new Array(values.length);
  for (let width = 1; width < src.length; width *= 2) {
    for (let lo = 0; lo < src.length; lo += 2 * width) {
      const mid = Math.min(lo + width, src.length);
      const hi = Math.min(lo + 2 * width, src.length);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        const r = cmp(src[j], src[i]);
        if (r < 0) dst[k++] = src[j++];
        else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  const total = a.length;
  let n = 0;
  for (; n < src.length; n++) a[n] = src[n];
  for (let u = 0; u < undefinedCount; u++) a[n++] = undefined;
  while (n < total) delete a[n++];
  return a;
};
exports['Array.prototype.toSorted'] = function toSorted(compare) {
  return this.slice().sort(compare);
};
exports['Array.prototype.toReversed'] = function toReversed() {
  return this.slice().reverse();
};
exports['Array.from'] = function from(source, mapFn, thisArg) {
  const out = internals.arrayFromBasic(source);
  if (mapFn === undefined) return out;
  callbackCheck(mapFn);
  for (let i = 0; i < out.length; i++) out[i] = mapFn.call(thisArg, out[i], i);
  return out;
};

exports['Map.prototype.forEach'] = function forEach(fn, thisArg) {
  callbackCheck(fn);
  for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
};
exports['Set.prototype.forEach'] = function forEach(fn, thisArg) {
  callbackCheck(fn);
  for (const v of this.values()) fn.call(thisArg, v, v, this);
};

exports['Promise.prototype.catch'] = function (onRejected) {
  return this.then(undefined, onRejected);
};
exports['Promise.prototype.finally'] = function (onFinally) {
  if (typeof onFinally !== 'function') return this.then(onFinally, onFinally);
  return this.then(
    (value) => Promise.resolve(onFinally()).then(() => value),
    (reason) => Promise.resolve(onFinally()).then(() => { throw reason; }));
};
// The combinators turn an error while iterating (the argument is not iterable, an iterator
// throws) into a rejection, as V8's do.
exports['Promise.all'] = function all(iterable) {
  const { promise, resolve, reject } = internals.withResolvers();
  const values = [];
  let remaining = 1;
  let index = 0;
  try {
    internals.checkIterable(iterable);
    for (const item of iterable) {
      const i = index++;
      values.push(undefined);
      remaining++;
      Promise.resolve(item).then((v) => {
        values[i] = v;
        if (--remaining === 0) resolve(values);
      }, reject);
    }
  } catch (error) {
    reject(error);
    return promise;
  }
  if (--remaining === 0) resolve(values);
  return promise;
};
exports['Promise.allSettled'] = function allSettled(iterable) {
  const { promise, resolve, reject } = internals.withResolvers();
  const values = [];
  let remaining = 1;
  let index = 0;
  try {
    internals.checkIterable(iterable);
    for (const item of iterable) {
      const i = index++;
      values.push(undefined);
      remaining++;
      Promise.resolve(item).then((value) => {
        values[i] = { status: 'fulfilled', value };
        if (--remaining === 0) resolve(values);
      }, (reason) => {
        values[i] = { status: 'rejected', reason };
        if (--remaining === 0) resolve(values);
      });
    }
  } catch (error) {
    reject(error);
    return promise;
  }
  if (--remaining === 0) resolve(values);
  return promise;
};
exports['Promise.race'] = function race(iterable) {
  const { promise, resolve, reject } = internals.withResolvers();
  try {
    internals.checkIterable(iterable);
    for (const item of iterable) Promise.resolve(item).then(resolve, reject);
  } catch (error) {
    reject(error);
  }
  return promise;
};
exports['Promise.any'] = function any(iterable) {
  const { promise, resolve, reject } = internals.withResolvers();
  const errors = [];
  let remaining = 1;
  let index = 0;
  try {
    internals.checkIterable(iterable);
    for (const item of iterable) {
      const i = index++;
      errors.push(undefined);
      remaining++;
      Promise.resolve(item).then(resolve, (reason) => {
        errors[i] = reason;
        if (--remaining === 0) reject(internals.anyRejection(errors));
      });
    }
  } catch (error) {
    reject(error);
    return promise;
  }
  if (--remaining === 0) reject(internals.anyRejection(errors));
  return promise;
};
)JS";

}  // namespace th::detail
