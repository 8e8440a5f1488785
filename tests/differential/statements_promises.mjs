// Statements built on promises: then/catch/finally chains and Promise.all, allSettled, race
// and any. Each link knows whether its callback runs and in which group, so the callbacks that
// run may schedule timers of their own.
import { block, asLine, indented, withPrefix, withSuffix } from './code_items.mjs';
import { ProgramGenerator } from './generator.mjs';

Object.assign(ProgramGenerator.prototype, {
  chainStatement(ctx) {
    this.spend(1);
    return this.chainFrom(ctx, this.promiseExpression(ctx), this.random.int(1, 3));
  },

  // source.then(...).catch(...)...; ends with a catch when it may reject, unless this is the
  // program's unhandled rejection.
  chainFrom(ctx, source, count, firstLinks = []) {
    let { settle, outcome } = source;
    const links = [...firstLinks];
    for (let i = 0; i < count && this.room() > 2; i++) {
      const kind = this.random.weighted({ then: 5, catch: 2, finally: 1.5, thenBoth: 1 });
      const link = this.chainLink(ctx, kind, settle, outcome);
      links.push(link.items);
      ({ settle, outcome } = link);
    }
    if (outcome === 'reject' || outcome === 'unknown') {
      if (this.ending === 'unhandled' && !this.ended && outcome === 'reject') {
        this.ended = true;
      } else {
        this.helpers.add('show');
        this.spend(1);
        links.push([`.catch((e) => console.log('${this.name('c')}', show(e)))`]);
      }
    }
    const sourceLine = asLine(source.items);
    const linkLines = links.map(asLine);
    const oneLine = sourceLine + linkLines.join('');
    if (sourceLine !== null && linkLines.every((line) => line !== null) && oneLine.length <= 100) {
      this.spend(-links.length);
      return [oneLine + ';'];
    }
    const items = [...source.items];
    for (const link of links) items.push(...indented(link, '  '));
    return withSuffix(items, ';');
  },

  // One .then/.catch/.finally link: its items and what the chain does after it.
  chainLink(ctx, kind, settle, outcome) {
    const label = this.name('p');
    const known = outcome === 'fulfill' || outcome === 'reject';
    const inner = { group: known ? settle : null, async: false, depth: ctx.depth + 1, label, uncaught: false };
    if (kind === 'thenBoth') {
      this.helpers.add('show');
      this.spend(1);
      const fulfilled = `(v) => console.log('${label} ok', v)`;
      const rejected = `(e) => console.log('${label} failed', show(e))`;
      return { items: [`.then(${fulfilled}, ${rejected})`], settle: known ? settle : null, outcome: outcome === 'never' ? 'never' : known ? 'fulfill' : 'unknown' };
    }
    const runs = known && (kind === 'finally' || (kind === 'then') === (outcome === 'fulfill'));
    const parameter = kind === 'finally' ? '()' : kind === 'then' ? '(v)' : '(e)';
    if (kind === 'catch') this.helpers.add('show');
    const first = kind === 'finally' ? this.log(inner) : kind === 'then' ? this.log(inner, 'v') : this.log(inner, 'show(e)');
    if (!runs && outcome !== 'unknown') {
      // Skipped (or never reached): the callback is one line that never prints.
      return { items: this.arrow(`.${kind}(`, parameter, [first], ')'), settle, outcome };
    }
    const body = this.body(inner, first, 2);
    let after = { settle, outcome };
    if (!runs) {
      after = { settle: null, outcome: 'unknown' };
    } else if (kind === 'finally') {
      if (this.random.chance(0.1)) {
        this.spend(1);
        body.push(`throw ${this.error()};`);
        after = { settle, outcome: 'reject' };
      }
    } else {
      after = this.callbackReturn(inner, body);
    }
    return { items: this.arrow(`.${kind}(`, parameter, body, ')'), ...after };
  },

  // How a then/catch callback ends: it returns nothing, a value, a promise or a thenable, or it
  // throws. Returns the chain's state after it.
  callbackReturn(inner, body) {
    const how = this.random.weighted({ nothing: 3, value: 3, promise: 2, thenable: 1, throw: 1 });
    if (how === 'nothing') return { settle: inner.group, outcome: 'fulfill' };
    this.spend(1);
    if (how === 'value') {
      body.push(`return ${this.value()};`);
      return { settle: inner.group, outcome: 'fulfill' };
    }
    if (how === 'throw') {
      body.push(`throw ${this.error()};`);
      return { settle: inner.group, outcome: 'reject' };
    }
    const returned = how === 'thenable' ? this.thenablePromise(inner, { reject: true }) : this.promiseExpression(inner);
    body.push(...withSuffix(withPrefix(returned.items, 'return '), ';'));
    return { settle: returned.settle, outcome: returned.outcome };
  },

  // A rejected promise whose handler is attached later: in a nextTick, a microtask or a then
  // callback it is in time (Node looks for unhandled rejections once both queues are empty);
  // from an immediate or a timer it is too late, which ends the program.
  lateHandlerStatement(ctx) {
    const late = this.ending === 'unhandled' && !this.ended && ctx.group !== null && this.random.chance(0.4);
    const name = this.name('r');
    this.helpers.add('show');
    this.spend(2);
    const handler = `${name}.catch((e) => console.log('${name} handled', show(e)))`;
    const declaration = `const ${name} = Promise.reject(${this.error()});`;
    if (late) {
      const later = this.random.chance(0.5) ? this.model.addImmediate(ctx.group) : this.model.addTimer(ctx.group, 1);
      if (later) {
        this.ended = true;
        return [declaration, later.kind === 'immediate' ? `setImmediate(() => ${handler});` : `setTimeout(() => ${handler}, 1);`];
      }
    }
    const how = this.random.pick(['process.nextTick(() => %);', 'queueMicrotask(() => %);',
      'Promise.resolve().then(() => %);', 'Promise.resolve().then(() => {}).then(() => %);']);
    return [declaration, how.replace('%', handler)];
  },

  combinatorStatement(ctx) {
    const kind = this.random.pick(['all', 'allSettled', 'race', 'any']);
    const count = Number(this.random.weighted({ 0: 0.4, 1: 1, 2: 3, 3: 3, 4: 1 }));
    const elements = [];
    for (let i = 0; i < count; i++) elements.push(this.promiseExpression(ctx, { thenable: true, plain: true }));
    const { settle, outcome } = this.combined(ctx, kind, elements);
    const lines = elements.map((element) => asLine(element.items));
    const inline = `Promise.${kind}([${lines.join(', ')}])`;
    let source;
    if (lines.every((line) => line !== null) && inline.length <= 90) {
      this.spend(1);
      source = { items: [inline], settle, outcome };
    } else {
      this.spend(2 + elements.length);
      const body = elements.flatMap((element) => withSuffix(element.items, ','));
      source = { items: [block(`Promise.${kind}([`, body, '])')], settle, outcome };
    }
    const label = this.name('a');
    const known = outcome === 'fulfill' || outcome === 'reject';
    const inner = { group: known ? settle : null, async: false, depth: ctx.depth + 1, label, uncaught: false };
    const shown = kind === 'allSettled'
      ? `v.map((r) => r.status + ' ' + (r.status === 'fulfilled' ? r.value : show(r.reason)))` : 'v';
    if (kind === 'allSettled') this.helpers.add('show');
    const first = this.log(inner, shown);
    const runs = outcome !== 'reject' && outcome !== 'never';
    const body = runs ? this.body(inner, first, 2) : [first];
    const link = this.arrow('.then(', '(v)', body, ')');
    if (outcome === 'fulfill') return this.chainFrom(ctx, { ...source, outcome: 'fulfill' }, 0, [link]);
    this.helpers.add('show');
    this.spend(1);
    const errors = kind === 'any' ? `, e.errors ? e.errors.map(show) : ''` : '';
    const failed = [`.catch((e) => console.log('${label} failed', show(e)${errors}))`];
    return this.chainFrom(ctx, { ...source, outcome: 'fulfill' }, 0, [link, failed]);
  },

  // When and how a combinator settles, from its elements.
  combined(ctx, kind, elements) {
    const groups = (list) => list.map((element) => element.settle);
    if (elements.some((element) => element.outcome === 'unknown' || element.settle === null)) {
      return { settle: null, outcome: 'unknown' };
    }
    const fulfilled = elements.filter((element) => element.outcome === 'fulfill');
    const rejected = elements.filter((element) => element.outcome === 'reject');
    switch (kind) {
      case 'all':
        if (rejected.length === 0) return { settle: this.latest(ctx.group, groups(elements)), outcome: 'fulfill' };
        return { settle: this.earliest(groups(rejected)), outcome: 'reject' };
      case 'allSettled':
        return { settle: this.latest(ctx.group, groups(elements)), outcome: 'fulfill' };
      case 'race': {
        if (elements.length === 0) return { settle: null, outcome: 'never' };
        const first = this.earliest(groups(elements));
        if (first === null) return { settle: null, outcome: 'unknown' };
        const outcomes = new Set(elements.filter((element) => element.settle === first).map((element) => element.outcome));
        return { settle: first, outcome: outcomes.size === 1 ? [...outcomes][0] : 'unknown' };
      }
      default:  // any
        if (fulfilled.length > 0) return { settle: this.earliest(groups(fulfilled)), outcome: 'fulfill' };
        return { settle: this.latest(ctx.group, groups(elements)), outcome: 'reject' };
    }
  },

  earliest(list) {
    let first = list[0];
    for (const group of list.slice(1)) {
      if (first === null) return null;
      const order = this.model.order(group, first);
      if (order === null) return null;
      if (order < 0) first = group;
    }
    return first ?? null;
  },

  latest(start, list) {
    let last = start;
    for (const group of list) {
      if (last === null) return null;
      last = this.model.later(last, group);
    }
    return last;
  },
});
