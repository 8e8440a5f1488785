// The JavaScript half of the browser host: Web Workers (new Worker('worker.js'), postMessage,
// onmessage, onerror, terminate) and, inside a worker, self / postMessage / onmessage / close,
// over the DOM's EventTarget, Event, MessageEvent and ErrorEvent in the subset a lesson needs.
// It runs over the same natives as the Node host (host_internals.cpp): a Web Worker is an agent
// like a worker thread. Every message and error reaches its target as a task of its own (the
// agent takes arrivals one per task), with a microtask checkpoint after it (HTML §8.1.7).
#include "runtime/host_scripts.h"

namespace th::runtime {

const char* const kBrowserHostScript = R"JS(
'use strict';
const internals = require;
const identity = internals.identity;
const hide = (object, name, value) =>
  Object.defineProperty(object, name, { value, writable: true, enumerable: false, configurable: true });
function inherit(Child, Parent) {
  Child.prototype = Object.create(Parent.prototype);
  hide(Child.prototype, 'constructor', Child);
  Object.setPrototypeOf(Child, Parent);
}

// ---------------------------------------------------------------------------------------------
// Events (DOM §2): no capture or bubbling, since these targets have no tree.
function Event(type, init) {
  this.type = String(type);
  this.target = null;
  this.currentTarget = null;
  this.cancelable = !!(init && init.cancelable);
  this.defaultPrevented = false;
  hide(this, '_stopped', false);
}
Event.prototype.preventDefault = function preventDefault() {
  if (this.cancelable) this.defaultPrevented = true;
};
Event.prototype.stopPropagation = function stopPropagation() {};
Event.prototype.stopImmediatePropagation = function stopImmediatePropagation() {
  this._stopped = true;
};

function MessageEvent(type, init) {
  Event.call(this, type, init);
  init = init || {};
  this.data = init.data === undefined ? null : init.data;
  this.origin = '';
  this.lastEventId = '';
  this.source = null;
  this.ports = [];
}
inherit(MessageEvent, Event);

function ErrorEvent(type, init) {
  Event.call(this, type, init);
  init = init || {};
  this.message = init.message === undefined ? '' : String(init.message);
  this.filename = init.filename === undefined ? '' : String(init.filename);
  this.lineno = init.lineno || 0;
  this.colno = init.colno || 0;
  this.error = init.error === undefined ? null : init.error;
}
inherit(ErrorEvent, Event);

function EventTarget() {
  hide(this, '_listeners', Object.create(null));
}
EventTarget.prototype.addEventListener = function addEventListener(type, callback, options) {
  if (callback === null || callback === undefined) return;
  type = String(type);
  const list = this._listeners[type] || (this._listeners[type] = []);
  for (const entry of list) {
    if (entry.callback === callback) return;  // the same listener is added once
  }
  const once = typeof options === 'object' && options !== null && !!options.once;
  list.push({ callback, once, removed: false });
  this._listenersChanged(type);
};
EventTarget.prototype.removeEventListener = function removeEventListener(type, callback) {
  type = String(type);
  const list = this._listeners[type];
  if (list === undefined) return;
  for (let i = 0; i < list.length; ++i) {
    if (list[i].callback !== callback) continue;
    list[i].removed = true;
    list.splice(i, 1);
    this._listenersChanged(type);
    return;
  }
};
EventTarget.prototype.dispatchEvent = function dispatchEvent(event) {
  return fire(this, event);
};
EventTarget.prototype._listenersChanged = function _listenersChanged() {};

// Calls the event handler (onmessage, onerror: a plain property here, since Threadhouse has no
// setters yet, so it comes before the listeners rather than where it was first set), then the
// listeners as they were when the event was fired (one removed meanwhile is skipped). An
// exception in one is reported, as a browser reports it, and the next one runs.
function fire(target, event) {
  const handler = target['on' + event.type];
  const list = target._listeners[event.type];
  const callbacks = typeof handler === 'function' ? [{ callback: handler, once: false, removed: false }] : [];
  event.target = target;
  event.currentTarget = target;
  for (const entry of callbacks.concat(list === undefined ? [] : list)) {
    if (entry.removed) continue;
    if (entry.once) target.removeEventListener(event.type, entry.callback);
    try {
      if (typeof entry.callback === 'function') entry.callback.call(target, event);
      else entry.callback.handleEvent(event);
    } catch (error) {
      internals.reportException(error);
    }
    if (event._stopped) break;
  }
  return !event.defaultPrevented;
}

const ports = new Map();    // port id -> the target its messages go to
const workers = new Map();  // agent id -> its Worker

// ---------------------------------------------------------------------------------------------
// new Worker(url): the file runs as an agent with its own heap and event loop.
function Worker(url, options) {
  if (!(this instanceof Worker)) {
    throw new TypeError("Failed to construct 'Worker': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
  }
  EventTarget.call(this);
  this.onmessage = null;
  this.onmessageerror = null;
  this.onerror = null;
  const name = options && options.name !== undefined ? String(options.name) : '';
  // The name reaches the worker as its self.name (through the agent's start-up data).
  const spawned = internals.spawn('worker', String(url), false, [], name, name);
  hide(this, '_agent', spawned[0]);
  hide(this, '_port', spawned[3]);
  hide(this, '_terminated', false);
  ports.set(spawned[3], this);
  workers.set(spawned[0], this);
}
inherit(Worker, EventTarget);
Worker.prototype.postMessage = function postMessage(message) {
  if (this._terminated) return;
  internals.post(this._port, message);
};
// Stops the worker at once; what it had sent and the page has not taken yet is dropped.
Worker.prototype.terminate = function terminate() {
  if (this._terminated) return;
  this._terminated = true;
  internals.terminate(this._agent, '');
};

const globals = { Worker, EventTarget, Event, MessageEvent, ErrorEvent };
for (const name of Object.keys(globals)) hide(globalThis, name, globals[name]);
hide(globalThis, 'self', globalThis);

// ---------------------------------------------------------------------------------------------
// Inside a dedicated worker: the global scope is the target of the page's messages. A worker
// with a 'message' listener (or an onmessage handler: the agent looks at it) stays alive
// waiting for them, as in a browser.
if (!identity.isMainThread) {
  const parentPort = identity.parentPort;
  const scope = globalThis;
  let closing = false;
  EventTarget.call(scope);
  hide(scope, '_listenersChanged', function (type) {
    if (type !== 'message') return;
    const list = scope._listeners.message;
    internals.ref(parentPort, !closing && list !== undefined && list.length > 0);
  });
  ports.set(parentPort, scope);
  for (const type of ['message', 'messageerror', 'error']) scope['on' + type] = null;
  scope.name = identity.workerData === undefined ? '' : String(identity.workerData);
  hide(scope, 'postMessage', function postMessage(message) {
    if (!closing) internals.post(parentPort, message);
  });
  // close(): the worker takes no more messages and ends once its loop has nothing left.
  hide(scope, 'close', function close() {
    if (closing) return;
    closing = true;
    internals.close(parentPort);
  });
  // Called bare (addEventListener(...)) or on self: either way on the global scope.
  for (const method of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    const call = EventTarget.prototype[method];
    hide(scope, method, function (...args) {
      return call.apply(scope, args);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// What arrives from other agents, one task each (the agent calls this from its event loop).
exports.dispatch = function dispatch(kind, id, value) {
  if (kind === 'message') {
    const target = ports.get(id);
    if (target === undefined || target._terminated) return;
    fire(target, new MessageEvent('message', { data: value }));
  } else if (kind === 'error') {
    // A worker's uncaught error: an ErrorEvent at its Worker (the worker goes on). A worker whose
    // script failed to load or compile sends its error as it ends.
    const worker = workers.get(id);
    if (worker === undefined || worker._terminated) return;
    const info = value instanceof Error ? { message: 'Uncaught ' + value.name + ': ' + value.message } : value;
    fire(worker, new ErrorEvent('error', {
      message: info.message, filename: info.filename, lineno: info.lineno, colno: info.colno, cancelable: true,
    }));
  } else if (kind === 'exit') {
    const worker = workers.get(id);
    if (worker === undefined) return;
    workers.delete(id);
    ports.delete(worker._port);
  }
};
)JS";

}  // namespace th::runtime
