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
  return target;
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
exports.worker_threads = workerThreads;
exports.child_process = { fork, ChildProcess };
)JS";

}  // namespace th::runtime
