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

// Generous, since node's timers run late on a busy machine (tens of ms under load) and each
// timer or immediate between the main script and a callback can add its own lateness.
export const SLACK_MS = 40;
export const HOP_MS = 10;
export const IMMEDIATE_HOP_MS = 5;
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
  }

  isAncestorOf(other) {
    for (let group = other.creator; group; group = group.creator) {
      if (group === this) return true;
    }
    return false;
  }
}

export class ScheduleModel {
  constructor() {
    this.main = new Group('main', 0, 0, null, 0, 0);
    this.events = [];  // every timer and immediate group, cleared ones included
  }

  // -1 when a surely runs before b, 1 when surely after, 0 when the same group, null when
  // Node's order of the two depends on timing.
  order(a, b) {
    if (a === b) return 0;
    if (a.isAncestorOf(b)) return -1;
    if (b.isAncestorOf(a)) return 1;
    if (Math.abs(a.time - b.time) >= a.uncertainty + b.uncertainty + SLACK_MS) return a.time < b.time ? -1 : 1;
    if (a.kind === 'timer' && b.kind === 'timer' && a.creator === b.creator && a.delay === b.delay) {
      return a.index < b.index ? -1 : 1;
    }
    if (a.kind === 'immediate' && b.kind === 'timer' && a.creator === b.creator && a.creator.kind === 'timer') return -1;
    if (b.kind === 'immediate' && a.kind === 'timer' && a.creator === b.creator && a.creator.kind === 'timer') return 1;
    if (a.kind === 'immediate' && b.kind === 'immediate' && a.creator === b.creator) return a.index < b.index ? -1 : 1;
    return null;
  }

  // Whether Node's order of a new event against every other one is fixed.
  fitsIn(candidate) {
    return this.events.every((other) => {
      if (candidate.kind === 'immediate' && other.kind === 'immediate') return true;
      return this.order(candidate, other) !== null;
    });
  }

  // The group of a timer `creator` sets with `delay`, or null when it would race.
  addTimer(creator, delay) {
    const whole = effectiveDelay(delay);
    const group = new Group('timer', creator.time + whole, creator.uncertainty + HOP_MS, creator, whole,
                            this.events.length + 1);
    return this.add(group);
  }

  addImmediate(creator) {
    const group = new Group('immediate', creator.time, creator.uncertainty + IMMEDIATE_HOP_MS, creator, 0,
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
