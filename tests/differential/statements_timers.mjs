// Statements that queue callbacks: setTimeout, setInterval, setImmediate (and their clears),
// process.nextTick, queueMicrotask; and the statements that end a program early.
import { block } from './code_items.mjs';
import { effectiveDelay } from './schedule_model.mjs';
import { ProgramGenerator } from './generator.mjs';

// Delays as a program writes them: 0 and 1 are the same 1 ms, fractions are truncated, a
// missing, negative or non-numeric delay means 1 ms, a numeric string is converted.
const DELAYS = [0, 0, 1, 1, 1.5, 2, 5, 10, 12.7, 20, 40, 50, 50, 75, 100, 100, 150, 200, 250, 300,
  undefined, -5, 0.4, "'50'", "'x'"];
const PERIODS = [0, 1, 2, 10, 40, 50, 60];

function delayNumber(delay) {
  if (typeof delay === 'string') return Number(delay.slice(1, -1));
  return delay === undefined ? NaN : delay;
}

function argumentList(values) {
  return values.map((value) => ', ' + value).join('');
}

Object.assign(ProgramGenerator.prototype, {
  // A timer the model accepts (tries a few delays), or null.
  pickTimer(group, delays = DELAYS, options = {}) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const delay = this.random.pick(delays);
      const timer = this.model.addTimer(group, delayNumber(delay), options);
      if (timer) return { delay, timer };
    }
    return null;
  },

  timeoutStatement(ctx) {
    // What becomes of it: nothing special; cleared at once; maybe cleared later; unref'ed
    // (it fires only if something else keeps the loop alive then); kept in h for refresh(),
    // hasRef() and unref(); refreshed by its own callback a few times.
    const kind = this.random.weighted({ plain: 8, clearNow: 1, clearLater: 1.5, unref: 0.8, handle: 1, selfRefresh: 0.7 });
    const picked = this.pickTimer(ctx.group, DELAYS, { strict: kind === 'unref' || kind === 'handle' });
    if (!picked) return this.logStatement(ctx);
    const label = this.name('t');
    if (kind === 'selfRefresh') return this.selfRefreshingTimeout(ctx, picked, label);
    const inner = { group: picked.timer, async: false, depth: ctx.depth + 1, label, uncaught: true };
    const oneLine = kind === 'clearNow' || kind === 'unref' || kind === 'handle';
    const args = !oneLine && this.random.chance(0.2) ? [this.value(), this.value()] : [];
    const params = args.length ? '(a, b)' : '()';
    const delayText = picked.delay === undefined && args.length === 0 ? '' : `, ${picked.delay}`;
    const tail = `${delayText}${argumentList(args)})${kind === 'unref' ? '.unref()' : ''};`;
    const handle = { clearNow: `const ${label} = `, clearLater: `h.${label} = `, handle: `h.${label} = ` }[kind] ?? '';
    if (oneLine) {
      const items = this.arrow(`${handle}setTimeout(`, '()', [this.log(inner)], tail);
      if (kind === 'clearNow') {
        this.spend(1);
        items.push(`clearTimeout(${label});`);
      } else if (kind === 'handle') {
        this.helpers.add('handles');
        this.timerHandles.push({ name: `h.${label}`, group: picked.timer, delay: picked.delay });
      }
      return items;
    }
    if (kind === 'clearLater') {
      this.helpers.add('handles');
      this.clearable.push({ name: `h.${label}`, group: picked.timer });
    }
    if (this.random.chance(0.12)) return this.asyncCallback(ctx, inner, `${handle}setTimeout(`, tail);
    const body = this.body(inner, args.length ? this.log(inner, 'a', 'b') : null);
    if (this.random.chance(0.15)) {
      this.spend(2);
      return [block(`${handle}setTimeout(function ${params} {`, body, `}${tail.slice(0, -1)};`)];
    }
    return this.arrow(`${handle}setTimeout(`, params, body, tail);
  },

  // An async callback: Node ignores the promise it returns, so it rejects only when that is
  // the program's unhandled rejection.
  asyncCallback(ctx, inner, prefix, tail) {
    const asyncInner = { ...inner, async: true, uncaught: false, outcome: 'fulfill' };
    asyncInner.mustFulfill = !(this.ending === 'unhandled' && !this.ended);
    const body = this.asyncBody(asyncInner);
    if (asyncInner.outcome === 'reject') this.ended = true;
    return this.arrow(prefix, '()', body, tail, true);
  },

  // A timeout whose callback refreshes it until it has run a few times: like an interval, each
  // run is a timer set by the run before it.
  selfRefreshingTimeout(ctx, picked, label) {
    const runs = this.random.int(2, 3);
    const mark = this.model.events.length;
    let creator = picked.timer;
    for (let run = 1; run < runs; run++) {
      creator = this.model.addTimer(creator, effectiveDelay(delayNumber(picked.delay)));
      if (!creator) {
        this.model.events.length = mark;
        return this.logStatement(ctx);
      }
    }
    const count = `${label}n`;
    const delayText = picked.delay === undefined ? '' : `, ${picked.delay}`;
    this.spend(5);
    return [`let ${count} = 0;`, block(`const ${label} = setTimeout(() => {`, [
      `${count} += 1;`,
      `console.log('${label}', ${count});`,
      `if (${count} < ${runs}) ${label}.refresh();`,
    ], `}${delayText});`)];
  },

  // refresh(), hasRef(), unref() or ref() on a timeout kept in h, from where its order against
  // that timeout is known. refresh() before it fired postpones it; after, starts it again.
  timerMethodStatement(ctx) {
    // The code that stores the handle may not have run yet (or ever): hence `?.`.
    const candidates = this.timerHandles.filter(({ group }) => this.model.order(ctx.group, group) !== null &&
                                                this.model.order(ctx.group, group.creator) !== null);
    if (candidates.length === 0) return this.logStatement(ctx);
    const handle = this.random.pick(candidates);
    const method = this.random.weighted({ refresh: 3, hasRef: 1.5, unref: 1, ref: 0.5 });
    this.spend(1);
    const hasRef = `console.log('${handle.name} hasRef', ${handle.name}?.hasRef());`;
    if (method === 'hasRef') return [hasRef];
    if (method === 'refresh') {
      const again = this.model.addTimer(ctx.group, delayNumber(handle.delay), { strict: true });
      if (!again) return [hasRef];
      this.timerHandles.push({ ...handle, group: again });
    }
    return [`${handle.name}?.${method}();`];
  },

  // clearTimeout of a timer set elsewhere: only where it surely runs before the timer fires
  // (then the timer never runs) or surely after (then it does nothing).
  clearStatement(ctx) {
    const candidates = this.clearable.filter(({ group }) => this.model.order(ctx.group, group) !== null);
    if (candidates.length === 0) return this.logStatement(ctx);
    const { name } = this.random.pick(candidates);
    this.spend(1);
    return [`${this.random.chance(0.8) ? 'clearTimeout' : 'clearInterval'}(${name});`];
  },

  // An interval that clears itself after a few ticks; each tick is a timer set by the tick
  // before it. Its body runs several times, at different moments, so it schedules no timers.
  intervalStatement(ctx) {
    const period = this.random.pick(PERIODS);
    const ticks = this.random.int(1, 4);
    const mark = this.model.events.length;
    let creator = ctx.group;
    for (let tick = 0; tick < ticks; tick++) {
      creator = this.model.addTimer(creator, period);
      if (!creator) {
        this.model.events.length = mark;
        return this.logStatement(ctx);
      }
    }
    const label = this.name('iv');
    const count = `${label}n`;
    const inner = { group: null, async: false, depth: ctx.depth + 1, label, uncaught: true };
    this.spend(5);
    const body = [`${count} += 1;`, `console.log('${label}', ${count});`];
    if (this.random.chance(0.4)) body.push(...this.statement({ ...inner, depth: 3 }));
    body.push(this.random.chance(0.2) ? `if (${count} === ${ticks}) clearInterval(this);`
      : `if (${count} === ${ticks}) clearInterval(${label});`);
    const useFunction = body[body.length - 1].includes('this');
    return [`let ${count} = 0;`, block(`const ${label} = setInterval(${useFunction ? 'function ()' : '() =>'} {`, body, `}, ${period});`)];
  },

  immediateStatement(ctx) {
    const immediate = this.model.addImmediate(ctx.group);
    if (!immediate) return this.logStatement(ctx);
    const label = this.name('i');
    const cancel = this.random.chance(0.1);
    const inner = { group: immediate, async: false, depth: ctx.depth + 1, label, uncaught: true };
    const args = this.random.chance(0.2) ? [this.value()] : [];
    if (!cancel && !args.length && this.random.chance(0.12)) return this.asyncCallback(ctx, inner, 'setImmediate(', ');');
    const first = args.length ? this.log(inner, 'a') : null;
    const body = cancel ? [this.log(inner)] : this.body(inner, first);
    const items = this.arrow(`${cancel ? `const ${label} = ` : ''}setImmediate(`, args.length ? '(a)' : '()', body,
                             `${argumentList(args)});`);
    if (cancel) {
      this.spend(1);
      items.push(`clearImmediate(${label});`);
    }
    return items;
  },

  nextTickStatement(ctx) {
    const label = this.name('n');
    const inner = { group: this.microtaskGroup(ctx.group), async: false, depth: ctx.depth + 1, label, uncaught: true };
    const args = this.random.chance(0.3) ? [this.value(), this.value()] : [];
    const body = this.body(inner, args.length ? this.log(inner, 'a', 'b') : null, 2);
    return this.arrow('process.nextTick(', args.length ? '(a, b)' : '()', body, `${argumentList(args)});`);
  },

  microtaskStatement(ctx) {
    const label = this.name('m');
    const inner = { group: this.microtaskGroup(ctx.group), async: false, depth: ctx.depth + 1, label, uncaught: true };
    return this.arrow('queueMicrotask(', '()', this.body(inner, null, 2), ');');
  },

  // The one early end a program may have: process.exit, an uncaught throw (only where a throw
  // is uncaught), or a rejection nobody handles.
  endingStatement(ctx) {
    const kind = this.ending === 'throw' && !ctx.uncaught ? 'unhandled' : this.ending;
    this.ended = true;
    this.spend(1);
    switch (kind) {
      case 'exit':
        return [`process.exit(${this.random.pick(['', '0', '1', '3', '7'])});`];
      case 'exitCode':
        return [`process.exitCode = ${this.random.pick([0, 2, 5])};`];
      case 'throw':
        return [`throw ${this.random.weighted({ [this.error()]: 6, [this.error('TypeError')]: 2, "'plain text'": 1, 42: 1 })};`];
      default:
        return [`Promise.reject(${this.reason()});`];
    }
  },
});
