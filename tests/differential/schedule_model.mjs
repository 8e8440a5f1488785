// When each callback of a generated program runs in Node, roughly, so that the generator only
// writes programs whose output Node decides by its rules rather than by the wall clock.
//
// Node's timers run on the real clock: a timer fires when the loop next looks at the time after
// its delay, a few milliseconds late under load, and `setTimeout(f, 1)` against `setImmediate`
// from the main module is a race. Threadhouse's clock is virtual. The two agree wherever the
// order is fixed by structure, or by due times far enough apart that no jitter can swap them.
//
// Every macrotask callback is a Group: the main script, a timer's callback (an interval's each
// tick), an immediate's callback. Microtasks and nextTicks run inside the group whose callback
// queued them (or that settled their promise). A group has a nominal time (ms after the start)
// and an uncertainty that grows with each timer (HOP_MS) or immediate (IMMEDIATE_HOP_MS)
// between it and the main script. Two groups run in a fixed order when one was scheduled by
// the other (transitively), when their nominal times are apart by more than both uncertainties
// plus SLACK_MS, or in three structural cases Node guarantees:
//   - two timeouts (or an interval's first tick) with the same whole-ms delay, created by the
//     same group, run in creation order (one timer list, first in first out);
//   - an immediate created by a timer's callback runs before any timer that callback created
//     (the check phase comes before the next timers phase);
//   - immediates run in check-phase batches whose order follows from when they were created,
//     so two immediates are never a race by themselves.
// Anything else (two groups close in time) is a race the generator must not write.
//
// A busy loop in the main script (spinning on Date.now() for busyMs) makes the timers the
// script set with a delay of busyMs - 2 or less overdue: whatever the load, they are all due
// when the loop starts, so they run in its first timers phase, before any immediate, in
// Node's list order (by due time, then creation). The code after the busy loop, and every
// microtask the script queued, runs busyMs later: the script's `drain` group.

// Generous, since node's timers run late on a busy machine (tens of ms under load) and each
// timer or immediate between the main script and a callback can add its own lateness.
export const SLACK_MS = 60;
export const HOP_MS = 15;
export const IMMEDIATE_HOP_MS = 8;
const TIMEOUT_MAX = 2147483647;

// Node's delay rule (lib/internal/timers.js): not a number from 1 to TIMEOUT_MAX means 1 ms;
// otherwise the whole milliseconds.
export function effectiveDelay(delay) {
  if (!(delay >= 1 && delay <= TIMEOUT_MAX)) return 1;
  return Math.trunc(delay);
}

export class Group {
  constructor(kind, time, uncertainty, creator, delay, index) {
    this.kind = kind;                // 'main' | 'timer' | 'immediate'
    this.time = time;                // nominal ms after the main script started
    this.uncertainty = uncertainty;  // how far (ms) Node may run it from `time`
    this.creator = creator;          // the group whose code scheduled it (null for main)
    this.delay = delay;              // a timer's whole-ms delay
    this.index = index;              // creation order over the whole program
    this.strict = false;             // ordered against others by time alone (see addTimer)
    this.script = false;             // the main script or its drain: runs before every callback
    this.overdue = false;            // a timer of the script already due when the loop starts
  }

  isAncestorOf(other) {
    for (let group = other.creator; group; group = group.creator) {
      if (group === this) return true;
    }
    return false;
  }
}

export class ScheduleModel {
  constructor(busyMs = 0) {
    this.busyMs = busyMs;
    this.main = new Group('main', 0, 0, null, 0, 0);
    this.main.script = true;
    this.drain = this.main;
    if (busyMs > 0) {
      this.drain = new Group('main', busyMs, 0, this.main, 0, 0);
      this.drain.script = true;
    }
    this.events = [];  // every timer and immediate group, cleared ones included
  }

  // Where code queued by code of `group` as a microtask (or run when a promise settled now)
  // runs: the same group, but the script's microtasks run after its busy loop.
  microtaskGroup(group) {
    return group === this.main ? this.drain : group;
  }

  // -1 when a surely runs before b, 1 when surely after, 0 when the same group, null when
  // Node's order of the two depends on timing.
  order(a, b) {
    if (a === b) return 0;
    if (a.script || b.script) {
      if (a.script && b.script) return a === this.main ? -1 : 1;
      return a.script ? -1 : 1;
    }
    if (a.isAncestorOf(b)) return -1;
    if (b.isAncestorOf(a)) return 1;
    if (a.overdue || b.overdue) return this.overdueOrder(a, b);
    if (Math.abs(a.time - b.time) >= a.uncertainty + b.uncertainty + SLACK_MS) return a.time < b.time ? -1 : 1;
    if (a.strict || b.strict) return null;
    if (a.kind === 'timer' && b.kind === 'timer' && a.creator === b.creator && a.delay === b.delay) {
      return a.index < b.index ? -1 : 1;
    }
    if (a.kind === 'immediate' && b.kind === 'timer' && a.creator === b.creator && a.creator.kind === 'timer') return -1;
    if (b.kind === 'immediate' && a.kind === 'timer' && a.creator === b.creator && a.creator.kind === 'timer') return 1;
    if (a.kind === 'immediate' && b.kind === 'immediate' && a.creator === b.creator) return a.index < b.index ? -1 : 1;
    return null;
  }

  // An overdue timer runs in the loop's first timers phase: after the overdue timers due
  // before it (their starts may straddle a millisecond, hence 2 ms apart or one list), before
  // a timer of the script due 2 ms or more after it, and before everything else.
  overdueOrder(a, b) {
    const first = a.overdue ? -1 : 1;  // a before b when a is the overdue one
    const [overdue, other] = a.overdue ? [a, b] : [b, a];
    if (other.overdue) {
      if (a.delay === b.delay) return a.index < b.index ? -1 : 1;
      if (Math.abs(a.delay - b.delay) >= 2) return a.delay < b.delay ? -1 : 1;
      return null;
    }
    if (other.kind === 'timer' && other.creator === this.main) return other.delay >= overdue.delay + 2 ? first : null;
    return first;
  }

  // Whether Node's order of a new event against every other one is fixed.
  fitsIn(candidate) {
    return this.events.every((other) => {
      if (candidate.kind === 'immediate' && other.kind === 'immediate') return true;
      return this.order(candidate, other) !== null;
    });
  }

  // The group of a timer `creator` sets with `delay`, or null when it would race. A strict
  // timer is one that may be unref'ed: whether it fires at all depends on what else is pending
  // then, so it must be apart in time from everything, even a timer of the same list (Node
  // runs two timers of one list in one go only if both were started in the same millisecond).
  addTimer(creator, delay, { strict = false } = {}) {
    const whole = effectiveDelay(delay);
    const overdue = creator === this.main && this.busyMs > 0 && whole <= this.busyMs - 2;
    const group = new Group('timer', overdue ? this.busyMs : creator.time + whole, creator.uncertainty + HOP_MS,
                            creator, whole, this.events.length + 1);
    group.strict = strict;
    group.overdue = overdue;
    return this.add(group);
  }

  // An immediate runs in the next check phase: the script's, once the script has ended.
  addImmediate(creator) {
    const time = creator.script ? this.drain.time : creator.time;
    const group = new Group('immediate', time, creator.uncertainty + IMMEDIATE_HOP_MS, creator, 0,
                            this.events.length + 1);
    return this.add(group);
  }

  add(group) {
    if (!this.fitsIn(group)) return null;
    this.events.push(group);
    return group;
  }

  // The later of two groups (where a callback waiting on both runs), or null when unknown.
  later(a, b) {
    const order = this.order(a, b);
    if (order === null) return null;
    return order <= 0 ? b : a;
  }
}
