// Async functions and what goes inside them: awaits (of promises, thenables, plain values), in
// loops and in try/catch/finally. An async context is changed as its awaits are written: after
// `await x` the code runs in the group where x settled. A context with mustFulfill (an async
// callback whose promise nobody handles) never rejects.
import { block, withPrefix, withSuffix } from './code_items.mjs';
import { ProgramGenerator } from './generator.mjs';

Object.assign(ProgramGenerator.prototype, {
  // An async function declared and called once, its result handled by a chain.
  asyncFunctionStatement(ctx) {
    const name = this.name('f');
    const inner = { group: ctx.group, async: true, depth: ctx.depth + 1, label: name, uncaught: false, outcome: 'fulfill' };
    const parameter = this.random.chance(0.4);
    const body = this.asyncBody(inner, parameter ? this.log(inner, 'x') : null);
    this.spend(3);
    const declaration = this.random.chance(0.5)
      ? block(`async function ${name}(${parameter ? 'x' : ''}) {`, body, '}')
      : block(`const ${name} = async (${parameter ? 'x' : ''}) => {`, body, '};');
    const call = {
      items: [`${name}(${parameter ? this.value() : ''})`], settle: this.microtaskGroup(inner.group), outcome: inner.outcome,
    };
    if (call.outcome === 'fulfill' && this.random.chance(0.3)) return [declaration, `${call.items[0]};`];
    return [declaration, ...this.chainFrom(ctx, call, this.random.int(1, 2))];
  },

  // The body of an async function: its first log, some statements (awaits among them), and
  // how it ends. Updates ctx.group and ctx.outcome as it goes.
  asyncBody(ctx, first = null) {
    const items = [first ?? this.log(ctx)];
    if (first) this.spend(1);
    const count = this.random.int(1, Math.max(1, 4 - ctx.depth));
    for (let i = 0; i < count && this.room() > 3 && !ctx.stopped; i++) items.push(...this.statement(ctx));
    if (ctx.stopped) return items;
    const how = this.random.weighted({ nothing: 3, value: 3, promise: 1.5, thenable: 0.5, throw: ctx.mustFulfill ? 0 : 1 });
    if (how === 'nothing') return items;
    this.spend(1);
    if (how === 'value') {
      items.push(`return ${this.value()};`);
    } else if (how === 'throw') {
      items.push(`throw ${this.error()};`);
      ctx.outcome = 'reject';
    } else {
      const reject = !ctx.mustFulfill;
      const returned = how === 'thenable' ? this.thenablePromise(ctx, { reject }) : this.promiseExpression(ctx, { reject });
      items.push(...withSuffix(withPrefix(returned.items, 'return '), ';'));
      ctx.group = returned.settle;
      ctx.outcome = returned.outcome;
    }
    return items;
  },

  // await x; or const v = await x; (x may reject, rarely: then the function ends there).
  awaitStatement(ctx) {
    const reject = !ctx.mustFulfill && this.random.chance(0.12);
    const awaited = this.promiseExpression(ctx, { thenable: true, plain: true, reject });
    this.spend(1);
    ctx.group = awaited.settle;
    if (awaited.outcome !== 'fulfill') {
      ctx.outcome = awaited.outcome;
      ctx.stopped = true;
      return withSuffix(withPrefix(awaited.items, 'await '), ';');
    }
    if (this.random.chance(0.4)) return withSuffix(withPrefix(awaited.items, 'await '), ';');
    const value = this.name('v');
    return [...withSuffix(withPrefix(awaited.items, `const ${value} = await `), ';'), this.log(ctx, value)];
  },

  // try { await x } catch (e) { ... } finally { ... }: whichever way x settles, the code after
  // runs where it settled.
  tryAwaitStatement(ctx) {
    const awaited = this.promiseExpression(ctx, { thenable: true, reject: true });
    const value = this.name('v');
    this.spend(1);
    const tried = withSuffix(withPrefix(awaited.items, `const ${value} = await `), ';');
    const after = { ...ctx, group: awaited.settle };
    tried.push(this.log(after, value));
    this.helpers.add('show');
    this.spend(1);
    const caught = [`console.log('${ctx.label} caught', show(e));`];
    ctx.group = awaited.settle;
    if (awaited.outcome !== 'fulfill' && awaited.outcome !== 'reject') ctx.group = null;
    return this.tryCatchFinally(tried, caught, this.random.chance(0.4) ? [this.log(after)] : null);
  },

  // for (let j = 0; j < n; j++) { await x; ... }: a timer or an immediate awaited in the loop
  // is a new one each time round, each scheduled where the last one settled.
  awaitLoopStatement(ctx) {
    const rounds = this.random.int(2, 3);
    const kind = this.random.weighted({
      null: 1, j: 1, resolved: 1.5, thenable: 1, tick: 1,
      timer: ctx.group !== null ? 2 : 0, immediate: ctx.group !== null ? 1.5 : 0,
    });
    let awaited = {
      null: 'null',
      j: 'j',
      resolved: 'Promise.resolve(j)',
      thenable: '{ then(resolve) { resolve(j); } }',
      tick: 'new Promise((resolve) => process.nextTick(resolve, j))',
    }[kind];
    if (kind !== 'timer' && kind !== 'immediate') ctx.group = this.microtaskGroup(ctx.group);
    if (kind === 'timer' || kind === 'immediate') {
      const mark = this.model.events.length;
      const delay = this.random.pick([0, 1, 2, 5, 10]);
      let group = ctx.group;
      for (let round = 0; round < rounds && group; round++) {
        group = kind === 'timer' ? this.model.addTimer(group, delay) : this.model.addImmediate(group);
      }
      if (group) {
        ctx.group = group;
        awaited = kind === 'timer' ? `new Promise((resolve) => setTimeout(resolve, ${delay}, j))`
          : 'new Promise((resolve) => setImmediate(resolve, j))';
      } else {
        this.model.events.length = mark;
        awaited = 'Promise.resolve(j)';
      }
    }
    this.spend(3);
    const value = this.name('v');
    const body = this.random.chance(0.5)
      ? [`await ${awaited};`, `console.log('${ctx.label} loop', j);`]
      : [`const ${value} = await ${awaited};`, `console.log('${ctx.label} loop', j, ${value});`];
    return [block(`for (let j = 0; j < ${rounds}; j++) {`, body, '}')];
  },
});
