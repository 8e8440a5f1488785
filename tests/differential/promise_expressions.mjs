// Expressions that give a promise (or something awaitable), each with what the generator knows
// of it: the group it settles in (null when unknown) and its outcome ('fulfill', 'reject',
// 'unknown', or 'never' for a promise that stays pending).
import { ProgramGenerator } from './generator.mjs';

Object.assign(ProgramGenerator.prototype, {
  // thenable: a bare thenable object may be written (await, combinators, return from then);
  // plain: a plain value may be written; reject: the expression may reject.
  promiseExpression(ctx, { thenable = false, plain = false, reject = true } = {}) {
    const macro = ctx.group !== null;
    const kind = this.random.weighted({
      resolved: 4,
      rejected: reject ? 2 : 0,
      timer: macro ? 4 : 0,
      timerRejected: macro && reject ? 1.5 : 0,
      immediate: macro ? 2 : 0,
      tick: 1.5,
      executor: 2,
      executorThrows: reject ? 0.7 : 0,
      resolvedWithPromise: 1,
      resolvedThenable: 1.5,
      thenable: thenable ? 2.5 : 0,
      plain: plain ? 1.5 : 0,
      asyncArrow: this.room() > 10 && ctx.depth < 2 ? 1.2 : 0,
    });
    return this[`${kind}Promise`](ctx, { reject });
  },

  // A promise that settles now: callbacks waiting on it run as microtasks of this group.
  now(ctx, line, outcome = 'fulfill') {
    return { items: [line], settle: this.microtaskGroup(ctx.group), outcome };
  },

  microtaskGroup(group) {
    return group === null ? null : this.model.microtaskGroup(group);
  },

  resolvedPromise(ctx) {
    return this.now(ctx, `Promise.resolve(${this.value()})`);
  },

  rejectedPromise(ctx) {
    this.helpers.add('show');
    return this.now(ctx, `Promise.reject(${this.reason()})`, 'reject');
  },

  timerPromise(ctx) {
    const picked = this.pickTimer(ctx.group);
    if (!picked) return this.resolvedPromise(ctx);
    const delay = picked.delay === undefined ? '' : `, ${picked.delay}`;
    if (this.random.chance(0.5) && delay) {
      return { items: [`new Promise((resolve) => setTimeout(resolve${delay}, ${this.value()}))`], settle: picked.timer, outcome: 'fulfill' };
    }
    const label = this.name('t');
    return {
      items: [`new Promise((resolve) => setTimeout(() => { console.log('${label}'); resolve(${this.value()}); }${delay}))`],
      settle: picked.timer,
      outcome: 'fulfill',
    };
  },

  timerRejectedPromise(ctx) {
    const picked = this.pickTimer(ctx.group);
    if (!picked) return this.rejectedPromise(ctx);
    this.helpers.add('show');
    const delay = picked.delay === undefined ? '' : `, ${picked.delay}`;
    return {
      items: [`new Promise((resolve, reject) => setTimeout(() => reject(${this.reason()})${delay}))`],
      settle: picked.timer,
      outcome: 'reject',
    };
  },

  immediatePromise(ctx) {
    const immediate = this.model.addImmediate(ctx.group);
    if (!immediate) return this.tickPromise(ctx);
    if (this.random.chance(0.5)) {
      return { items: [`new Promise((resolve) => setImmediate(resolve, ${this.value()}))`], settle: immediate, outcome: 'fulfill' };
    }
    const label = this.name('i');
    return {
      items: [`new Promise((resolve) => setImmediate(() => { console.log('${label}'); resolve(${this.value()}); }))`],
      settle: immediate,
      outcome: 'fulfill',
    };
  },

  tickPromise(ctx) {
    return this.now(ctx, `new Promise((resolve) => process.nextTick(resolve, ${this.value()}))`);
  },

  executorPromise(ctx) {
    const label = this.name('e');
    return this.now(ctx, `new Promise((resolve) => { console.log('${label}'); resolve(${this.value()}); })`);
  },

  executorThrowsPromise(ctx) {
    this.helpers.add('show');
    return this.now(ctx, `new Promise(() => { throw ${this.error()}; })`, 'reject');
  },

  resolvedWithPromisePromise(ctx) {
    return this.now(ctx, `new Promise((resolve) => resolve(Promise.resolve(${this.value()})))`);
  },

  resolvedThenablePromise(ctx) {
    const label = this.name('th');
    return this.now(ctx, `Promise.resolve({ then(resolve) { console.log('${label}'); resolve(${this.value()}); } })`);
  },

  // An object with a then method: Promise resolution calls it in a job of its own.
  thenablePromise(ctx, { reject }) {
    const label = this.name('th');
    const kind = this.random.weighted({
      resolves: 4,
      rejects: reject ? 1 : 0,
      throws: reject ? 1 : 0,
      resolvesThenThrows: 0.7,
      arrow: 1,
      timer: ctx.group !== null ? 1.5 : 0,
    });
    if (kind === 'rejects' || kind === 'throws') this.helpers.add('show');
    switch (kind) {
      case 'rejects':
        return this.now(ctx, `{ then(resolve, reject) { console.log('${label}'); reject(${this.reason()}); } }`, 'reject');
      case 'throws':
        return this.now(ctx, `{ then() { throw ${this.error()}; } }`, 'reject');
      case 'resolvesThenThrows':
        return this.now(ctx, `{ then(resolve) { resolve(${this.value()}); throw ${this.error()}; } }`);
      case 'arrow':
        return this.now(ctx, `{ then: (resolve) => resolve(${this.value()}) }`);
      case 'timer': {
        // then() is called from a job: its timer is set from where microtasks of here run.
        const picked = this.pickTimer(this.microtaskGroup(ctx.group), [0, 1, 5, 10, 20, 50]);
        if (picked) {
          return {
            items: [`{ then(resolve) { console.log('${label}'); setTimeout(resolve, ${picked.delay}, ${this.value()}); } }`],
            settle: picked.timer,
            outcome: 'fulfill',
          };
        }
      }
      // fall through: no timer fits
      default:
        return this.now(ctx, `{ then(resolve) { console.log('${label}'); resolve(${this.value()}); } }`);
    }
  },

  plainPromise(ctx) {
    return this.now(ctx, this.value());
  },

  // (async () => { ... })(): its body runs now up to its first await.
  asyncArrowPromise(ctx, { reject }) {
    const label = this.name('f');
    const inner = {
      group: ctx.group, async: true, depth: ctx.depth + 1, label, uncaught: false, outcome: 'fulfill', mustFulfill: !reject,
    };
    const body = this.asyncBody(inner);
    this.spend(2);
    return {
      items: [{ open: '(async () => {', body, close: '})()', inner: '  ' }],
      settle: this.microtaskGroup(inner.group),
      outcome: inner.outcome,
    };
  },
});
