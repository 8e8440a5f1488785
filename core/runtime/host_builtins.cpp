// The host's globals: timers, immediates, process, performance.now, and the
// playground's work(), io() and sleep(). Each native finds its agent through vm.host().
#include <cmath>

#include "runtime/agent.h"
#include "runtime/host_natives.h"
#include "runtime/structured_clone.h"
#include "runtime/node_errors.h"

namespace th::runtime {

namespace {

// Date.now() starts at a fixed moment (2026-01-01T00:00:00Z) so runs are reproducible.
constexpr double kEpochMs = 1767225600000.0;

using detail::AgentOf;
using detail::Arg;

// ToNumber for a delay or a duration; false when it threw.
bool NumberArg(Vm& vm, const Value* args, int argc, int index, double* out) {
  const Value value = Arg(args, argc, index);
  if (value.IsUndefined()) {
    *out = NAN;
    return true;
  }
  return vm.ToNumber(value, out);
}

// Node checks the callback before it converts the delay (validateFunction); so does the page here.
Value CheckCallback(Vm& vm, Value callback) {
  if (Vm::IsCallable(callback)) return Value::Undefined();
  if (AgentOf(vm).Profile() == trace::Profile::Node) return ThrowInvalidArgType(vm, "callback", "function", callback);
  return vm.ThrowTypeError("The callback provided as parameter 1 is not a function.");
}

Value TimerNative(Vm& vm, Value* args, int argc, bool repeat) {
  if (CheckCallback(vm, Arg(args, argc, 0)).IsException()) return Value::Exception();
  double delay = NAN;
  if (!NumberArg(vm, args, argc, 1, &delay)) return Value::Exception();
  const int extra = argc > 2 ? argc - 2 : 0;
  return AgentOf(vm).SetTimer(Arg(args, argc, 0), delay, args + 2, extra, repeat);
}
Value SetTimeoutNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return TimerNative(vm, args, argc, false); }
Value SetIntervalNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return TimerNative(vm, args, argc, true); }
Value ClearTimerNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  AgentOf(vm).ClearTimer(Arg(args, argc, 0));
  return Value::Undefined();
}
Value SetImmediateNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  if (CheckCallback(vm, Arg(args, argc, 0)).IsException()) return Value::Exception();
  return AgentOf(vm).SetImmediate(Arg(args, argc, 0), args + 1, argc > 1 ? argc - 1 : 0);
}
Value ClearImmediateNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  AgentOf(vm).ClearImmediate(Arg(args, argc, 0));
  return Value::Undefined();
}

// Timeout.prototype: ref, unref, hasRef, refresh, close.
Value TimeoutRef(Vm& vm, Value self, Value*, int, NativeFunction*) {
  AgentOf(vm).RefTimer(self, true);
  return self;
}
Value TimeoutUnref(Vm& vm, Value self, Value*, int, NativeFunction*) {
  AgentOf(vm).RefTimer(self, false);
  return self;
}
Value TimeoutHasRef(Vm& vm, Value self, Value*, int, NativeFunction*) { return Value::Bool(AgentOf(vm).TimerHasRef(self)); }
Value TimeoutRefresh(Vm& vm, Value self, Value*, int, NativeFunction*) {
  AgentOf(vm).RefreshTimer(self);
  return self;
}
Value TimeoutToPrimitive(Vm& vm, Value self, Value*, int, NativeFunction*) { return AgentOf(vm).TimerPrimitive(self); }
Value TimeoutClose(Vm& vm, Value self, Value*, int, NativeFunction*) {
  AgentOf(vm).ClearTimer(self);
  return self;
}

// Node's Timeout and Immediate classes are internal: a program only meets them as the
// constructor of what setTimeout and setImmediate return.
Value IllegalConstructor(Vm& vm, Value, Value*, int, NativeFunction*) { return vm.ThrowTypeError("Illegal constructor"); }

Value NextTickNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  const Value callback = Arg(args, argc, 0);
  if (CheckCallback(vm, callback).IsException()) return Value::Exception();
  AgentOf(vm).NextTick(callback, args + 1, argc > 1 ? argc - 1 : 0);
  return Value::Undefined();
}

// process.exit(code): with no argument at all, the code is process.exitCode (Node sets exitCode
// from the argument only when there is one, so exit(undefined) is 0).
Value ExitNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  if (argc == 0) {
    AgentOf(vm).Exit(AgentOf(vm).ExitCodeSetByProgram());
    return Value::Undefined();
  }
  double code = 0;
  if (!Arg(args, argc, 0).IsUndefined() && !vm.ToNumber(args[0], &code)) return Value::Exception();
  AgentOf(vm).Exit(std::isnan(code) ? 0 : static_cast<int>(code));
  return Value::Undefined();
}

Value PerformanceNowNative(Vm& vm, Value, Value*, int, NativeFunction*) {
  return Value::Number(static_cast<double>(AgentOf(vm).ReadClockNs()) / 1e6);
}

Value StructuredCloneNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  return StructuredClone(vm, Arg(args, argc, 0));
}

Value WorkNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double ms = 0;
  if (!NumberArg(vm, args, argc, 0, &ms)) return Value::Exception();
  AgentOf(vm).Work(ms);
  return Value::Undefined();
}
Value IoNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double ms = 0;
  if (!NumberArg(vm, args, argc, 0, &ms)) return Value::Exception();
  return AgentOf(vm).Io(ms, Arg(args, argc, 1));
}

// sleep(ms): a promise fulfilled by a timer.
Value SleepResolve(Vm& vm, Value, Value*, int, NativeFunction* self) {
  vm.ResolvePromise(static_cast<JsPromise*>(self->slots[0].object), Value::Undefined());
  return Value::Undefined();
}
Value SleepNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double ms = 0;
  if (!NumberArg(vm, args, argc, 0, &ms)) return Value::Exception();
  JsPromise* promise = vm.NewPromise();
  TempRoot keep_promise(vm, promise);
  NativeFunction* resolve = vm.NewNative("sleep", SleepResolve, 0);
  resolve->slots[0] = Value::Object(promise);
  TempRoot keep_resolve(vm, resolve);
  const Value timer = AgentOf(vm).SetTimer(Value::Object(resolve), ms, nullptr, 0, false);
  if (timer.IsException()) return timer;
  return Value::Object(promise);
}

void Define(Vm& vm, JsObject* target, std::string_view name, Value value) {
  vm.DefineOwn(target, vm.Intern(name), value, kHidden);
}

}  // namespace

void Agent::InstallHostGlobals() {
  Vm& vm = *m_vm;
  JsObject* global = vm.realm().global;
  // The objects made here are unreachable until they are attached; no collection meanwhile.
  vm.heap().set_paused(true);
  const bool node = m_options.profile == trace::Profile::Node;

  // What the agent holds in its own members is pinned: no program can reach it, and the
  // collector keeps it alive.
  m_host_table = vm.NewArray();
  vm.Pin(m_host_table);
  m_id_key = vm.Intern("\x01id");
  vm.Pin(m_id_key);
  m_ref_key = vm.Intern("\x01ref");
  vm.Pin(m_ref_key);
  m_call_key = vm.Intern("\x01" "call");
  vm.Pin(m_call_key);
  m_delay_key = vm.Intern("\x01" "delay");
  vm.Pin(m_delay_key);

  m_timeout_proto = vm.NewObject();
  vm.Pin(m_timeout_proto);
  vm.DefineMethod(m_timeout_proto, "ref", TimeoutRef, 0);
  vm.DefineMethod(m_timeout_proto, "unref", TimeoutUnref, 0);
  vm.DefineMethod(m_timeout_proto, "hasRef", TimeoutHasRef, 0);
  vm.DefineMethod(m_timeout_proto, "refresh", TimeoutRefresh, 0);
  vm.DefineMethod(m_timeout_proto, "close", TimeoutClose, 0);
  if (node) {
    vm.DefineOwn(m_timeout_proto, vm.names().toPrimitive,
                 Value::Object(vm.NewNative("[Symbol.toPrimitive]", TimeoutToPrimitive, 1)), 0);
  }
  m_immediate_proto = vm.NewObject();
  vm.Pin(m_immediate_proto);
  for (auto [proto, name] : {std::pair{m_timeout_proto, "Timeout"}, std::pair{m_immediate_proto, "Immediate"}}) {
    NativeFunction* constructor = vm.NewNative(name, IllegalConstructor, 0);
    vm.DefineOwn(constructor, vm.names().prototype, Value::Object(proto), 0);
    vm.DefineOwn(proto, vm.names().constructor, Value::Object(constructor), kHidden);
  }
  vm.DefineMethod(m_immediate_proto, "ref", TimeoutRef, 0);
  vm.DefineMethod(m_immediate_proto, "unref", TimeoutUnref, 0);
  vm.DefineMethod(m_immediate_proto, "hasRef", TimeoutHasRef, 0);

  // Timers, in the global scope and in require('timers').
  m_timers_module = vm.NewObject();
  vm.Pin(m_timers_module);
  struct Timer { const char* name; NativeFn fn; int length; bool node_only; };
  const Timer timers[] = {
      {"setTimeout", SetTimeoutNative, 2, false},     {"setInterval", SetIntervalNative, 2, false},
      {"clearTimeout", ClearTimerNative, 1, false},   {"clearInterval", ClearTimerNative, 1, false},
      {"setImmediate", SetImmediateNative, 1, true},  {"clearImmediate", ClearImmediateNative, 1, true},
  };
  for (const Timer& timer : timers) {
    if (timer.node_only && !node) continue;
    const Value function = Value::Object(vm.NewNative(timer.name, timer.fn, timer.length));
    Define(vm, global, timer.name, function);
    vm.DefineOwn(m_timers_module, vm.Intern(timer.name), function);
  }

  if (node) {
    JsObject* process = vm.NewObject();
    m_process = process;
    vm.Pin(process);
    Define(vm, global, "process", Value::Object(process));
    vm.DefineMethod(process, "nextTick", NextTickNative, 1);
    vm.DefineMethod(process, "exit", ExitNative, 1);
    vm.DefineOwn(process, vm.Intern("pid"), Value::Number(m_identity.pid));
    vm.DefineOwn(process, vm.Intern("ppid"), Value::Number(m_identity.ppid));
    vm.DefineOwn(process, vm.Intern("platform"), vm.Str("linux"));
    // argv as Node gives it, with the program where a learner would keep it.
    JsArray* argv = vm.NewArray();
    vm.DefineOwn(process, vm.Intern("argv"), Value::Object(argv));
    argv->items().push_back(vm.Str("/usr/local/bin/node"));
    argv->items().push_back(vm.Str(std::string(kProgramDirectory) + "/" + m_identity.filename));
    for (const std::string& arg : m_identity.argv) argv->items().push_back(vm.Str(arg));
    JsObject* env = vm.NewObject();
    vm.DefineOwn(process, vm.Intern("env"), Value::Object(env));
  }

  if (!node && m_identity.kind == AgentKind::Worker) {
    m_onmessage_key = vm.Intern("onmessage");
    vm.Pin(m_onmessage_key);
  }

  JsObject* performance = vm.NewObject();
  Define(vm, global, "performance", Value::Object(performance));
  vm.DefineMethod(performance, "now", PerformanceNowNative, 0);

  Define(vm, global, "structuredClone", Value::Object(vm.NewNative("structuredClone", StructuredCloneNative, 1)));
  Define(vm, global, "work", Value::Object(vm.NewNative("work", WorkNative, 1)));
  Define(vm, global, "io", Value::Object(vm.NewNative("io", IoNative, 2)));
  Define(vm, global, "sleep", Value::Object(vm.NewNative("sleep", SleepNative, 1)));
  vm.heap().set_paused(false);
}

int Agent::ExitCodeSetByProgram() {
  if (!m_process) return 0;
  const Property* property = m_process->props().Find(m_vm->Intern("exitCode"));
  if (!property) return 0;
  double code = 0;
  if (property->value.IsNumber()) {
    code = property->value.number;
  } else if (property->value.IsString()) {
    code = Vm::StringToNumber(property->value.AsString()->text());
  }
  return std::isfinite(code) ? static_cast<int>(code) : 0;
}

// Date.now(), new Date() and console.time read the agent's virtual clock.
double Agent::NowMs(Vm& vm) {
  (void)vm;
  return kEpochMs + static_cast<double>(ReadClockNs()) / 1e6;
}

void Agent::EnqueueJob(Vm& vm, JobId id) {
  m_microtasks.push_back(id);
  m_recorder.Emit(trace::EventKind::MicrotaskEnqueue, static_cast<std::uint32_t>(id),
                  m_recorder.Intern(vm.DescribeJob(id)), m_recorder.Intern("a promise settled"), 1);
}

}  // namespace th::runtime
