// The JavaScript half of the Node host: `events` (EventEmitter), `worker_threads`,
// `child_process`, and `process` as an EventEmitter, written as Node's own library is (in
// JavaScript over a few native helpers), in the subset Threadhouse runs. It is compiled as
// built-in code: the trace shows the program's listeners being called, not the machinery.
// The natives are on `internals` (host_internals.cpp); the agent delivers what arrives from other
// agents through exports.dispatch.
#include "runtime/host_scripts.h"

namespace th::runtime {

const char* const kNodeHostScript = R"JS(
'use strict';
const internals = require;
const hide = (object, name, value) =>
  Object.defineProperty(object, name, { value, writable: true, enumerable: false });

// ---------------------------------------------------------------------------------------------
// events
function EventEmitter() {
  EventEmitter.init.call(this);
}
EventEmitter.defaultMaxListeners = 10;
EventEmitter.init = function init() {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
};

function checkListener(listener) {
  if (typeof listener !== 'function') internals.invalidArgType('listener', 'function', listener);
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else if (typeof existing === 'function') {
    events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  warnIfTooManyListeners(target, type);
  return target;
}

// Node warns once per event name of an emitter when its listeners pass getMaxListeners().
function warnIfTooManyListeners(target, type) {
  const list = target._events[type];
  const max = target.getMaxListeners();
  if (typeof list === 'function' || max <= 0 || list.length <= max || list.warned) return;
  list.warned = true;
  const constructor = target.constructor;
  const owner = typeof constructor === 'function' && constructor.name ? constructor.name : 'EventEmitter';
  emitWarning('Possible EventEmitter memory leak detected. ' + list.length + ' ' + String(type) +
              ' listeners added to [' + owner + ']. MaxListeners is ' + max +
              '. Use emitter.setMaxListeners() to increase limit', 'MaxListenersExceededWarning');
}

// process.emitWarning: on the next tick, a 'warning' event, then the line Node prints on stderr;
// the hint line comes once.
let warningHintShown = false;
function emitWarning(text, type, code) {
  process.nextTick(() => {
    const warning = new Error(text);
    hide(warning, 'name', type);
    if (code) warning.code = code;
    process.emit('warning', warning);
    let out = '(node:' + process.pid + ') ' + (code ? '[' + code + '] ' : '') + type + ': ' + text + '\n';
    if (!warningHintShown) {
      warningHintShown = true;
      const flag = type === 'DeprecationWarning' ? 'deprecation' : 'warnings';
      out += '(Use `node --trace-' + flag + ' ...` to show where the warning was created)\n';
    }
    internals.writeWarning(out);
  });
}

function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return this.listener.apply(this.target, args);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

const proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;
proto.setMaxListeners = function setMaxListeners(n) {
  this._maxListeners = n;
  return this;
};
proto.getMaxListeners = function getMaxListeners() {
  return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners;
};
proto.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
proto.on = proto.addListener;
proto.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};
proto.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};
proto.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};
proto.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
    }
    if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    const removed = list[position];
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, removed.listener || listener);
  }
  return this;
};
proto.off = proto.removeListener;
proto.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Object.keys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};
proto.emit = function emit(type, ...args) {
  const events = this._events;
  const handler = events === undefined ? undefined : events[type];
  if (handler === undefined) {
    if (type === 'error') internals.unhandledErrorEvent(args[0], this);
    return false;
  }
  if (typeof handler === 'function') {
    handler.apply(this, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; ++i) listeners[i].apply(this, args);
  }
  return true;
};
proto.listeners = function listeners(type) {
  const list = this._events === undefined ? undefined : this._events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return [list.listener || list];
  return list.map((l) => l.listener || l);
};
proto.rawListeners = function rawListeners(type) {
  const list = this._events === undefined ? undefined : this._events[type];
  if (list === undefined) return [];
  return typeof list === 'function' ? [list] : list.slice();
};
proto.listenerCount = function listenerCount(type) {
  const list = this._events === undefined ? undefined : this._events[type];
  if (list === undefined) return 0;
  return typeof list === 'function' ? 1 : list.length;
};
proto.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Object.keys(this._events) : [];
};
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.once = function once(emitter, name) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      emitter.removeListener(name, resolver);
      reject(error);
    };
    const resolver = (...args) => {
      if (name !== 'error') emitter.removeListener('error', onError);
      resolve(args);
    };
    emitter.once(name, resolver);
    if (name !== 'error') emitter.once('error', onError);
  });
};
EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);

function inherit(Child, Parent) {
  Child.prototype = Object.create(Parent.prototype);
  hide(Child.prototype, 'constructor', Child);
  Object.setPrototypeOf(Child, Parent);
}

// Keeps the loop alive while a 'message' (or other) listener is attached, as Node's ports do.
function refWhileListening(emitter, portId, types) {
  const count = () => types.reduce((sum, type) => sum + emitter.listenerCount(type), 0);
  emitter.on('newListener', (type) => {
    if (types.includes(type)) internals.ref(portId, true);
  });
  emitter.on('removeListener', (type) => {
    if (types.includes(type) && count() === 0) internals.ref(portId, false);
  });
}

// ---------------------------------------------------------------------------------------------
// worker_threads
const ports = new Map();  // port id -> the object whose events it delivers
const agents = new Map(); // agent id -> its Worker or ChildProcess

function MessagePort(id) {
  EventEmitter.call(this);
  hide(this, '_id', id);
  hide(this, '_closed', false);
  ports.set(id, this);
  refWhileListening(this, id, ['message']);
}
inherit(MessagePort, EventEmitter);
MessagePort.prototype.postMessage = function postMessage(value) {
  if (this._closed) return;
  internals.post(this._id, value);
};
MessagePort.prototype.close = function close() {
  if (this._closed) return;
  this._closed = true;
  internals.close(this._id);
  process.nextTick(() => this.emit('close'));
};
MessagePort.prototype.ref = function ref() {
  internals.ref(this._id, true);
  return this;
};
MessagePort.prototype.unref = function unref() {
  internals.ref(this._id, false);
  return this;
};
MessagePort.prototype.start = function start() {};

function MessageChannel() {
  const ids = internals.channel();
  this.port1 = new MessagePort(ids[0]);
  this.port2 = new MessagePort(ids[1]);
}

function Worker(filename, options) {
  EventEmitter.call(this);
  options = options || {};
  if (!options.eval && typeof filename !== 'string') internals.invalidArgType('filename', 'string', filename);
  const spawned = internals.spawn('worker', String(filename), !!options.eval, [], options.workerData,
                                  options.name === undefined ? '' : String(options.name));
  hide(this, '_agent', spawned[0]);
  hide(this, '_port', spawned[3]);
  hide(this, '_exitCode', undefined);
  hide(this, '_terminating', undefined);
  this.threadId = spawned[2];
  ports.set(spawned[3], this);
  agents.set(spawned[0], this);
}
inherit(Worker, EventEmitter);
Worker.prototype.postMessage = function postMessage(value) {
  if (this._exitCode !== undefined) return;
  internals.post(this._port, value);
};
Worker.prototype.terminate = function terminate() {
  if (this._exitCode !== undefined) return Promise.resolve(undefined);
  if (this._terminating === undefined) {
    this._terminating = new Promise((resolve) => this.once('exit', resolve));
    internals.terminate(this._agent, '');
  }
  return this._terminating;
};
Worker.prototype.ref = function ref() {
  internals.ref(this._port, true);
  return this;
};
Worker.prototype.unref = function unref() {
  internals.ref(this._port, false);
  return this;
};

const identity = internals.identity;
const workerThreads = {
  isMainThread: identity.isMainThread,
  threadId: identity.threadId,
  parentPort: null,
  workerData: identity.workerData,
  Worker,
  MessageChannel,
  MessagePort,
  resourceLimits: {},
  SHARE_ENV: 'SHARE_ENV',
};
if (identity.parentPort >= 0 && !identity.isProcess) workerThreads.parentPort = new MessagePort(identity.parentPort);

// ---------------------------------------------------------------------------------------------
// child_process
function ChildProcess() {
  EventEmitter.call(this);
}
inherit(ChildProcess, EventEmitter);
ChildProcess.prototype.send = function send(message, callback) {
  if (!this.connected) {
    const error = new Error('Channel closed');
    error.code = 'ERR_IPC_CHANNEL_CLOSED';
    if (typeof callback === 'function') {
      process.nextTick(callback, error);
      return false;
    }
    process.nextTick(() => this.emit('error', error));
    return false;
  }
  internals.post(this._port, message);
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
};
ChildProcess.prototype.disconnect = function disconnect() {
  if (!this.connected) return;
  this.connected = false;
  // The IPC channel closes; the child process itself still keeps this loop until it exits.
  internals.disconnect(this._port);
  process.nextTick(() => this.emit('disconnect'));
};
ChildProcess.prototype.kill = function kill(signal) {
  const name = signal === undefined ? 'SIGTERM' : String(signal);
  if (this.exitCode !== null || this.signalCode !== null) return false;
  this.killed = true;
  internals.terminate(this._agent, name);
  return true;
};
ChildProcess.prototype.ref = function ref() {
  internals.ref(this._port, true);
};
ChildProcess.prototype.unref = function unref() {
  internals.ref(this._port, false);
};

function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string') internals.invalidArgType('modulePath', 'string', modulePath);
  if (args !== undefined && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  const child = new ChildProcess();
  const spawned = internals.spawn('process', modulePath, false, (args || []).map(String), undefined, '');
  hide(child, '_agent', spawned[0]);
  hide(child, '_port', spawned[3]);
  child.pid = spawned[1];
  child.connected = true;
  child.killed = false;
  child.exitCode = null;
  child.signalCode = null;
  child.spawnfile = 'node';
  child.spawnargs = ['node', modulePath].concat(args || []);
  ports.set(spawned[3], child);
  agents.set(spawned[0], child);
  return child;
}

// ---------------------------------------------------------------------------------------------
// process: an EventEmitter; in a child process it can send to and hear from its parent.
Object.setPrototypeOf(process, EventEmitter.prototype);
EventEmitter.init.call(process);
hide(process, '_events', process._events);
hide(process, '_eventsCount', 0);
hide(process, '_maxListeners', undefined);
if (identity.isProcess && identity.parentPort >= 0) {
  const ipc = identity.parentPort;
  process.connected = true;
  process.send = function send(message, callback) {
    if (!process.connected) {
      const error = new Error('Channel closed');
      error.code = 'ERR_IPC_CHANNEL_CLOSED';
      if (typeof callback === 'function') process.nextTick(callback, error);
      else process.nextTick(() => process.emit('error', error));
      return false;
    }
    internals.post(ipc, message);
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  };
  process.disconnect = function disconnect() {
    if (!process.connected) return;
    process.connected = false;
    internals.close(ipc);
    process.nextTick(() => process.emit('disconnect'));
  };
  ports.set(ipc, process);
  refWhileListening(process, ipc, ['message', 'disconnect']);
}

// process.exit(code) emits 'exit' first, as Node's does; the native then ends the agent with
// process.exitCode (which an 'exit' listener may still change).
process.emitWarning = function emitWarning_(warning, type, code) {
  if (type !== null && typeof type === 'object') {
    code = type.code;
    type = type.type;
  }
  if (warning instanceof Error) emitWarning(warning.message, warning.name, warning.code);
  else emitWarning(String(warning), typeof type === 'string' ? type : 'Warning', code);
};

const reallyExit = process.exit;
hide(process, '_exiting', false);
process.exit = function exit(code) {
  if (arguments.length !== 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  reallyExit();
};

// ---------------------------------------------------------------------------------------------
// Uncaught errors and unhandled rejections reach the program's listeners before they end the
// process (Node's process/execution.js _fatalException and process/promises.js). The agent
// calls these only when a listener for 'uncaughtException', 'uncaughtExceptionMonitor',
// 'unhandledRejection' or 'exit' is attached; otherwise it ends the process itself.
const setImmediateInternal = setImmediate;
function noop() {}

function emitExitOnFatal() {
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch (ignored) {
    // Node ignores what an 'exit' listener throws while the process is crashing.
  }
}

// `reason` is what the report shows when nobody handles it: for a rejection, the original reason
// (the report wraps a non-error one itself).
function triggerUncaughtException(er, fromPromise, reason) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  // While the listeners run, an error they throw is fatal (exit code 7), not handled again.
  internals.handlingFatal(true);
  process.emit('uncaughtExceptionMonitor', er, type);
  const handled = process.emit('uncaughtException', er, type);
  internals.handlingFatal(false);
  if (!handled) {
    emitExitOnFatal();
    internals.fatal(reason, fromPromise);
    return;
  }
  // What the failed callback left queued (nextTicks, microtasks) runs after a later callback;
  // this immediate makes sure there is one, as Node's handler does.
  setImmediateInternal(noop);
}

function isErrorLike(value) {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, 'stack');
}

// Node's UnhandledPromiseRejection: what 'uncaughtException' gets for a reason that is no error.
function unhandledPromiseRejection(reason) {
  const error = new Error('This error originated either by throwing inside of an async function without a ' +
                          'catch block, or by rejecting a promise which was not handled with .catch(). The ' +
                          'promise rejected with the reason "' + internals.describeReason(reason) + '".');
  error.code = 'ERR_UNHANDLED_REJECTION';
  error.name = 'UnhandledPromiseRejection';
  return error;
}

// Node 20's default (--unhandled-rejections=throw): 'unhandledRejection' first, else the rejection
// is thrown as an uncaught exception. `list` holds [reason, promise] pairs in rejection order.
function processPromiseRejections(list) {
  for (let i = 0; i < list.length; i += 2) {
    const reason = list[i];
    const promise = list[i + 1];
    if (!process.emit('unhandledRejection', reason, promise)) {
      const error = isErrorLike(reason) ? reason : unhandledPromiseRejection(reason);
      triggerUncaughtException(error, true, reason);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// timers/promises: the promise resolves from a timer (timers phase) or an immediate (check
// phase), so it settles where Node's does relative to plain callbacks.
const setTimeoutInternal = setTimeout;
const timersPromises = {
  setTimeout: function setTimeout(delay, value) {
    return new Promise((resolve) => setTimeoutInternal(() => resolve(value), delay));
  },
  setImmediate: function setImmediate(value) {
    return new Promise((resolve) => setImmediateInternal(() => resolve(value)));
  },
};

// ---------------------------------------------------------------------------------------------
// util
function inspect(value, options) {
  let depth = 2;
  let breakLength = 80;
  let compact = 3;
  let showHidden = false;
  if (typeof options === 'boolean') {
    // The legacy form: inspect(value, showHidden, depth).
    showHidden = options;
    if (arguments.length > 2 && arguments[2] !== undefined) depth = arguments[2];
  } else if (options !== null && typeof options === 'object') {
    if (options.depth !== undefined) depth = options.depth;
    if (typeof options.breakLength === 'number') breakLength = options.breakLength;
    if (typeof options.compact === 'number') compact = options.compact;
    // compact: false puts every property on its own line, as a compact of 0 does.
    if (options.compact === false) compact = 0;
    showHidden = !!options.showHidden;
    if (options.sorted) value = sortedKeys(value, [], typeof options.sorted === 'function' ? options.sorted : undefined);
  }
  return internals.inspect(value, depth, breakLength, compact, showHidden);
}

function tagOf(value) {
  return internals.typeTag(value);
}

// A copy with every plain object's keys in order, for inspect's `sorted` (assert's diffs use it).
function sortedKeys(value, seen, compare) {
  if (typeof value !== 'object' || value === null || seen.includes(value)) return value;
  seen.push(value);
  let copy = value;
  if (Array.isArray(value)) {
    copy = value.map((item) => sortedKeys(item, seen, compare));
  } else if (tagOf(value) === '' && !(value instanceof Error)) {
    copy = Object.create(Object.getPrototypeOf(value));
    for (const key of Object.keys(value).sort(compare)) copy[key] = sortedKeys(value[key], seen, compare);
  }
  seen.pop();
  return copy;
}

// Deep equality as assert.deepStrictEqual (strict) and assert.deepEqual (loose) see it.
function isDeepEqual(actual, expected, strict, seen) {
  if (strict ? Object.is(actual, expected) : actual == expected || (actual !== actual && expected !== expected)) {
    return true;
  }
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return false;
  if (strict && Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) return false;
  if (Array.isArray(actual) !== Array.isArray(expected)) return false;
  const tag = tagOf(actual);
  if (tag !== tagOf(expected)) return false;
  if (tag === 'Date' && actual.getTime() !== expected.getTime()) return false;
  if (actual instanceof Error && (actual.message !== expected.message || actual.name !== expected.name)) return false;
  if (Array.isArray(actual) && actual.length !== expected.length) return false;
  const keys = Object.keys(actual);
  if (keys.length !== Object.keys(expected).length) return false;
  // A pair already being compared (a cycle) counts as equal here; the rest decides.
  for (let i = 0; i < seen.length; i += 2) {
    if (seen[i] === actual && seen[i + 1] === expected) return true;
  }
  seen.push(actual, expected);
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(expected, key)) return false;
    if (!isDeepEqual(actual[key], expected[key], strict, seen)) return false;
  }
  if (tag === 'Set' || tag === 'Map') {
    if (actual.size !== expected.size) return false;
    const unmatched = [];
    for (const entry of expected) unmatched.push(entry);
    for (const entry of actual) {
      const index = unmatched.findIndex((other) => tag === 'Set'
        ? isDeepEqual(entry, other, strict, seen)
        : isDeepEqual(entry[0], other[0], strict, seen) && isDeepEqual(entry[1], other[1], strict, seen));
      if (index < 0) return false;
      unmatched.splice(index, 1);
    }
  }
  return true;
}

const deprecationCodesWarned = [];
const util = {
  format: internals.format,
  inspect,
  isDeepStrictEqual: (a, b) => isDeepEqual(a, b, true, []),
  promisify: function promisify(original) {
    if (typeof original !== 'function') internals.invalidArgType('original', 'function', original);
    // Node's timers carry their own promise versions (its util.promisify.custom).
    if (original === setTimeoutInternal) return timersPromises.setTimeout;
    if (original === setImmediateInternal) return timersPromises.setImmediate;
    return function promisified(...args) {
      return new Promise((resolve, reject) => {
        original.call(this, ...args, (error, value) => {
          if (error) reject(error);
          else resolve(value);
        });
      });
    };
  },
  callbackify: function callbackify(original) {
    if (typeof original !== 'function') internals.invalidArgType('original', 'function', original);
    return function callbackified(...args) {
      const callback = args.pop();
      if (typeof callback !== 'function') internals.invalidArgType('last argument', 'function', callback);
      original.apply(this, args).then(
        (value) => process.nextTick(callback, null, value),
        (reason) => {
          if (!reason) {
            const wrapped = new Error('Promise was rejected with falsy value');
            wrapped.code = 'ERR_FALSY_VALUE_REJECTION';
            wrapped.reason = reason;
            reason = wrapped;
          }
          process.nextTick(callback, reason);
        });
    };
  },
  inherits: function inherits(ctor, superCtor) {
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  },
  deprecate: function deprecate(fn, message, code) {
    let warned = false;
    return function deprecated(...args) {
      if (!warned) {
        warned = true;
        if (code === undefined || !deprecationCodesWarned.includes(code)) {
          if (code !== undefined) deprecationCodesWarned.push(code);
          emitWarning(message, 'DeprecationWarning', code);
        }
      }
      return fn.apply(this, args);
    };
  },
  isArray: Array.isArray,
  types: {
    isPromise: (value) => tagOf(value) === 'Promise',
    isDate: (value) => tagOf(value) === 'Date',
    isMap: (value) => tagOf(value) === 'Map',
    isSet: (value) => tagOf(value) === 'Set',
    isAsyncFunction: (value) => tagOf(value) === 'AsyncFunction',
    isRegExp: (value) => Object.prototype.toString.call(value) === '[object RegExp]',
    isNativeError: (value) => value instanceof Error,
  },
};

// ---------------------------------------------------------------------------------------------
// assert: failures are AssertionErrors whose messages read as Node's do (assertion_error.js).
const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
};

function inspectForDiff(value) {
  return internals.inspect(sortedKeys(value, [], undefined), Infinity, Infinity, 0, false);
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// The "+ actual - expected" diff of two values' inspected lines, under `header` (the program's
// message) or the operator's own words.
function diffMessage(actual, expected, operator, header) {
  const actualLines = inspectForDiff(actual).split('\n');
  const expectedLines = inspectForDiff(expected).split('\n');
  let indicator = '';
  if (operator === 'strictEqual' && isObjectLike(actual) && isObjectLike(expected)) operator = 'strictEqualObject';
  if (header === undefined) header = kReadableOperator[operator];
  // Two short one-liners read best side by side.
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const length = actualLines[0].length + expectedLines[0].length;
    if (length <= 12) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return header + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
      }
    } else if (operator !== 'strictEqualObject' && length < 80) {
      let same = 0;
      while (actualLines[0][same] === expectedLines[0][same]) same++;
      if (same > 2) indicator = '\n  ' + ' '.repeat(same) + '^';
    }
  }
  // Lines the two end with alike are shown once, after the differences.
  let end = '';
  let trailing = 0;
  let hiddenTrailing = '';
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (trailing++ < 3) end = '\n  ' + line + end;
    else hiddenTrailing = line;
  }
  const lineCount = Math.max(actualLines.length, expectedLines.length);
  if (lineCount === 0) {
    return kReadableOperator.notIdentical + '\n\n' + inspectForDiff(actual) + '\n';
  }
  let skipped = false;
  if (trailing >= 5) {
    end = '\n...' + end;
    skipped = true;
  }
  if (hiddenTrailing !== '') end = '\n  ' + hiddenTrailing + end;

  let result = '';
  let pendingExpected = '';
  let identical = 0;
  // Up to three alike lines before a difference are shown; longer runs fold into "...".
  const showContext = (lines, i) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) result += '\n  ' + lines[i - 3];
          else {
            result += '\n...';
            skipped = true;
          }
        }
        result += '\n  ' + lines[i - 2];
      }
      result += '\n  ' + lines[i - 1];
    }
    identical = 0;
  };
  const longer = actualLines.length >= expectedLines.length ? actualLines : expectedLines;
  const shorterLength = Math.min(actualLines.length, expectedLines.length);
  for (let i = 0; i < lineCount; i++) {
    if (i >= shorterLength) {
      showContext(longer, i);
      if (longer === actualLines) result += '\n+ ' + longer[i];
      else pendingExpected += '\n- ' + longer[i];
      continue;
    }
    const expectedLine = expectedLines[i];
    let actualLine = actualLines[i];
    // A line that differs only by its trailing comma is the same line.
    let differs = actualLine !== expectedLine && !(actualLine.endsWith(',') && actualLine.slice(0, -1) === expectedLine);
    if (differs && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
      differs = false;
      actualLine += ',';
    }
    if (differs) {
      showContext(actualLines, i);
      result += '\n+ ' + actualLine;
      pendingExpected += '\n- ' + expectedLine;
    } else {
      result += pendingExpected;
      pendingExpected = '';
      identical++;
      if (identical <= 2) result += '\n  ' + actualLine;
    }
  }
  return header + '\n+ actual - expected' + (skipped ? ' ... Lines skipped' : '') + '\n' +
         result + pendingExpected + end + indicator;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') return diffMessage(actual, expected, operator);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    if (operator === 'notStrictEqual' && isObjectLike(actual)) base = kReadableOperator.notStrictEqualObject;
    const lines = inspectForDiff(actual).split('\n');
    if (lines.length === 1) return base + (lines[0].length > 5 ? '\n\n' : ' ') + lines[0];
    return base + '\n\n' + lines.join('\n') + '\n';
  }
  const shownActual = inspectForDiff(actual);
  const shownExpected = inspectForDiff(expected);
  if (operator === 'notDeepEqual' && shownActual === shownExpected) {
    return kReadableOperator.notDeepEqual + '\n\n' + shownActual;
  }
  if (operator === 'deepEqual') {
    return kReadableOperator.deepEqual + '\n\n' + shownActual + '\n\nshould loosely deep-equal\n\n' + shownExpected;
  }
  if (operator === 'notDeepEqual') {
    return 'Expected values not to be loosely deep-equal:\n\n' + shownActual +
           '\n\nshould not loosely deep-equal\n\n' + shownExpected;
  }
  return shownActual + ' ' + operator + ' ' + shownExpected;
}

function AssertionError(options) {
  const generated = options.message === undefined;
  const operator = options.operator;
  let message = generated ? generatedMessage(options.actual, options.expected, operator) : String(options.message);
  // Node 20 keeps the diff under a program's own message for the strict comparisons.
  if (!generated && (operator === 'strictEqual' || operator === 'deepStrictEqual')) {
    message = diffMessage(options.actual, options.expected, operator, message);
  }
  const error = internals.assertionError(message, options.site || '');
  Object.setPrototypeOf(error, AssertionError.prototype);
  error.generatedMessage = generated;
  error.code = 'ERR_ASSERTION';
  error.actual = options.actual;
  error.expected = options.expected;
  error.operator = options.operator;
  return error;
}
AssertionError.prototype = Object.create(Error.prototype);
hide(AssertionError.prototype, 'constructor', AssertionError);
hide(AssertionError.prototype, 'name', 'AssertionError');

function failWith(actual, expected, message, operator) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ actual, expected, message, operator });
}

function checkTruthy(value, message, argumentCount) {
  if (value) return;
  if (message instanceof Error) throw message;
  let text = message;
  let generated = false;
  if (argumentCount === 0) {
    text = 'No value argument passed to `assert.ok()`';
    generated = true;
  } else if (message === undefined) {
    const call = internals.callSource();
    text = 'The expression evaluated to a falsy value:\n\n  ' + call + '\n';
    generated = true;
  }
  const error = new AssertionError({ actual: value, expected: true, message: text, operator: '==', site: 'ok' });
  error.generatedMessage = generated;
  throw error;
}

function assert(value, message) {
  checkTruthy(value, message, arguments.length);
}
assert.ok = function ok(value, message) {
  checkTruthy(value, message, arguments.length);
};
assert.AssertionError = AssertionError;
assert.fail = function fail(message) {
  if (message instanceof Error) throw message;
  const error = new AssertionError({ message: message === undefined ? 'Failed' : message, operator: 'fail',
                                     site: 'fail' });
  error.generatedMessage = message === undefined;
  throw error;
};
assert.equal = function equal(actual, expected, message) {
  if (!(actual == expected || (actual !== actual && expected !== expected))) failWith(actual, expected, message, '==');
};
assert.notEqual = function notEqual(actual, expected, message) {
  if (actual == expected || (actual !== actual && expected !== expected)) failWith(actual, expected, message, '!=');
};
assert.strictEqual = function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) failWith(actual, expected, message, 'strictEqual');
};
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) failWith(actual, expected, message, 'notStrictEqual');
};
assert.deepEqual = function deepEqual(actual, expected, message) {
  if (!isDeepEqual(actual, expected, false, [])) failWith(actual, expected, message, 'deepEqual');
};
assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (isDeepEqual(actual, expected, false, [])) failWith(actual, expected, message, 'notDeepEqual');
};
assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (!isDeepEqual(actual, expected, true, [])) failWith(actual, expected, message, 'deepStrictEqual');
};
assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (isDeepEqual(actual, expected, true, [])) failWith(actual, expected, message, 'notDeepStrictEqual');
};

// What assert.throws and assert.rejects accept as `expected`: an Error class, a validation
// function or an object whose properties the error must have.
function matchesExpected(error, expected, operator) {
  if (expected === undefined) return;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && error instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) throw error;
    if (expected.call({}, error) === true) return;
    throw error;
  }
  if (typeof expected === 'object' && expected !== null) {
    for (const key of Object.keys(expected)) {
      if (!isDeepEqual(error[key], expected[key], true, [])) {
        throw new AssertionError({ actual: error, expected, operator, message: undefined, site: '' });
      }
    }
  }
}

function missingException(expected, message, operator, kind) {
  let text = 'Missing expected ' + kind + '.';
  if (typeof expected === 'function' && expected.name) text = 'Missing expected ' + kind + ' (' + expected.name + ').';
  if (typeof expected === 'string') message = expected;
  if (message !== undefined) text += ': ' + message;
  const error = new AssertionError({ actual: undefined, expected, operator, message: text });
  error.generatedMessage = message === undefined;
  throw error;
}

function unwantedException(error, message, operator, kind) {
  const details = message === undefined ? '.' : ': ' + message;
  const text = 'Got unwanted ' + kind + details + '\nActual message: "' + (error && error.message) + '"';
  const failure = new AssertionError({ actual: error, expected: undefined, operator, message: text });
  failure.generatedMessage = message === undefined;
  throw failure;
}

const kNothingThrown = {};
assert.throws = function throws(fn, expected, message) {
  if (typeof fn !== 'function') internals.invalidArgType('fn', 'function', fn);
  let caught = kNothingThrown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  if (caught === kNothingThrown) missingException(expected, message, 'throws', 'exception');
  if (typeof expected !== 'string') matchesExpected(caught, expected, 'throws');
};
assert.doesNotThrow = function doesNotThrow(fn, message) {
  if (typeof fn !== 'function') internals.invalidArgType('fn', 'function', fn);
  try {
    fn();
  } catch (error) {
    unwantedException(error, typeof message === 'string' ? message : undefined, 'doesNotThrow', 'exception');
  }
};
assert.rejects = async function rejects(promiseOrFn, expected, message) {
  let caught = kNothingThrown;
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    caught = error;
  }
  if (caught === kNothingThrown) missingException(expected, message, 'rejects', 'rejection');
  if (typeof expected !== 'string') matchesExpected(caught, expected, 'rejects');
};
assert.doesNotReject = async function doesNotReject(promiseOrFn, message) {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    unwantedException(error, typeof message === 'string' ? message : undefined, 'doesNotReject', 'rejection');
  }
};

// assert.strict: the same functions, where equal and deepEqual are the strict ones.
function strict(value, message) {
  checkTruthy(value, message, arguments.length);
}
Object.assign(strict, assert, {
  equal: assert.strictEqual,
  notEqual: assert.notStrictEqual,
  deepEqual: assert.deepStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
strict.strict = strict;
assert.strict = strict;

// ---------------------------------------------------------------------------------------------
// path (POSIX): paths are resolved against the program's folder, its working directory.
const programDirectory = identity.programDirectory;
process.cwd = function cwd() {
  return programDirectory;
};

function checkPath(value) {
  if (typeof value !== 'string') internals.invalidArgType('path', 'string', value);
}

// The segments of a path with "." and ".." worked out; ".." above the root of an absolute path
// is dropped, above a relative path's start it is kept.
function normalizeSegments(text, absolute) {
  const segments = [];
  for (const segment of text.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
      else if (!absolute) segments.push('..');
    } else {
      segments.push(segment);
    }
  }
  return segments;
}

function trimTrailingSlashes(text) {
  let end = text.length;
  while (end > 1 && text[end - 1] === '/') end--;
  return text.slice(0, end);
}

const path = {
  sep: '/',
  delimiter: ':',
  isAbsolute: function isAbsolute(text) {
    checkPath(text);
    return text.length > 0 && text[0] === '/';
  },
  normalize: function normalize(text) {
    checkPath(text);
    if (text.length === 0) return '.';
    const absolute = text[0] === '/';
    let result = normalizeSegments(text, absolute).join('/');
    if (result.length === 0 && !absolute) result = '.';
    if (result.length > 0 && text[text.length - 1] === '/') result += '/';
    return absolute ? '/' + result : result;
  },
  join: function join(...parts) {
    for (const part of parts) checkPath(part);
    const joined = parts.filter((part) => part.length > 0).join('/');
    return joined.length === 0 ? '.' : path.normalize(joined);
  },
  resolve: function resolve(...parts) {
    let resolved = '';
    for (let i = parts.length - 1; i >= 0 && resolved[0] !== '/'; i--) {
      checkPath(parts[i]);
      if (parts[i].length > 0) resolved = parts[i] + '/' + resolved;
    }
    if (resolved[0] !== '/') resolved = programDirectory + '/' + resolved;
    return '/' + normalizeSegments(resolved, true).join('/');
  },
  relative: function relative(from, to) {
    checkPath(from);
    checkPath(to);
    const fromParts = normalizeSegments(path.resolve(from), true);
    const toParts = normalizeSegments(path.resolve(to), true);
    let common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
    const up = fromParts.slice(common).map(() => '..');
    return up.concat(toParts.slice(common)).join('/');
  },
  dirname: function dirname(text) {
    checkPath(text);
    if (text.length === 0) return '.';
    const trimmed = trimTrailingSlashes(text);
    const slash = trimmed.lastIndexOf('/');
    if (slash < 0) return '.';
    if (slash === 0) return '/';
    return trimTrailingSlashes(trimmed.slice(0, slash));
  },
  basename: function basename(text, ext) {
    checkPath(text);
    if (ext !== undefined) checkPath(ext);
    const trimmed = trimTrailingSlashes(text);
    let base = trimmed === '/' ? '' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
    // An extension that is the whole name is kept, unless it is the whole path.
    if (ext !== undefined && ext.length > 0 && base.endsWith(ext)) {
      if (base !== ext) base = base.slice(0, base.length - ext.length);
      else if (text === ext) base = '';
    }
    return base;
  },
  extname: function extname(text) {
    checkPath(text);
    const base = path.basename(text);
    const dot = base.lastIndexOf('.');
    // A leading dot names a hidden file, not an extension; ".." is no extension either.
    if (dot <= 0 || base === '..') return '';
    return base.slice(dot);
  },
  parse: function parse(text) {
    checkPath(text);
    const root = text[0] === '/' ? '/' : '';
    const trimmed = trimTrailingSlashes(text);
    const slash = trimmed.lastIndexOf('/');
    const base = trimmed === '/' ? '' : trimmed.slice(slash + 1);
    const ext = path.extname(base);
    let dir = '';
    if (slash === 0) dir = '/';
    else if (slash > 0) dir = trimmed.slice(0, slash);
    return { root, dir, base, ext, name: base.slice(0, base.length - ext.length) };
  },
  format: function format(parts) {
    if (parts === null || typeof parts !== 'object') internals.invalidArgType('pathObject', 'object', parts);
    const dir = parts.dir || parts.root;
    let ext = parts.ext || '';
    if (ext.length > 0 && ext[0] !== '.') ext = '.' + ext;
    const base = parts.base || (parts.name || '') + ext;
    if (!dir) return base;
    return dir === parts.root ? dir + base : dir + '/' + base;
  },
};
path.posix = path;

// ---------------------------------------------------------------------------------------------
// What arrives from other agents (the agent calls this from its event loop).
exports.dispatch = function dispatch(kind, id, value, extra) {
  if (kind === 'message') {
    const target = ports.get(id);
    if (target !== undefined) target.emit('message', value);
  } else if (kind === 'online') {
    const worker = agents.get(id);
    if (worker !== undefined) worker.emit('online');
  } else if (kind === 'spawn') {
    const child = agents.get(id);
    if (child !== undefined) child.emit('spawn');
  } else if (kind === 'error') {
    const worker = agents.get(id);
    if (worker === undefined) return;
    // Without a listener, Node rethrows the worker's error in this thread.
    if (worker.listenerCount('error') > 0) worker.emit('error', value);
    else internals.throwWorkerError(value);
  } else if (kind === 'exit') {
    const target = agents.get(id);
    if (target === undefined) return;
    agents.delete(id);
    if (target instanceof Worker) {
      target._exitCode = value;
      ports.delete(target._port);
      target.emit('exit', value);
    } else {
      const wasConnected = target.connected;
      if (extra) target.signalCode = extra;
      else target.exitCode = value;
      if (wasConnected) {
        target.connected = false;
        target.emit('disconnect');
      }
      target.emit('exit', extra ? null : value, extra || null);
      target.emit('close', extra ? null : value, extra || null);
    }
  } else if (kind === 'disconnect') {
    const target = ports.get(id);
    if (target === undefined || !target.connected) return;
    target.connected = false;
    target.emit('disconnect');
  } else if (kind === 'close') {
    const port = ports.get(id);
    if (port === undefined) return;
    if (port instanceof MessagePort) {
      port._closed = true;
      port.emit('close');
    } else if (port.connected) {
      // A child process whose parent disconnected (or ended).
      port.connected = false;
      port.emit('disconnect');
    }
  } else if (kind === 'exiting') {
    process._exiting = true;
    process.emit('exit', value);
  } else if (kind === 'uncaught') {
    triggerUncaughtException(value, false, value);
  } else if (kind === 'rejections') {
    processPromiseRejections(value);
  }
};

exports.events = EventEmitter;
exports.util = util;
exports.path = path;
exports.assert = assert;
exports['timers/promises'] = timersPromises;
exports.worker_threads = workerThreads;
exports.child_process = { fork, ChildProcess };
)JS";

}  // namespace th::runtime
