#pragma once
// [SECTION] index
//   Options, sinks and host hooks
//   Vm: loading and running (Step), jobs, results
//   Vm: the API built-ins use (allocation, errors, conversions, properties, calls)
//   Vm: internals (frames, interpreter state, realm)
//
// One Vm per agent (main thread, each worker, each child process). It owns its heap and never
// touches globals, the clock, threads or stdio: output goes to an OutputSink, and everything a
// host provides (jobs ordering, modules, timers, "now") comes through HostHooks.
//
// How it works, in short:
// - Values are 16-byte tagged unions (value.h); strings and objects live in the Heap (heap.h),
//   a mark-sweep collector whose roots the Vm marks explicitly (MarkRoots): the value stack,
//   the frames, the realm, pending jobs, and TempRoot-ed C++ locals.
// - Code is a stack machine (lang/opcodes.h). Each call pushes a CallFrame over one contiguous
//   value stack: [callee, this, params..., locals..., operands...]. Captured variables live in
//   Box cells, so nothing points into the stack and a frame's slice can move.
// - `await` copies the running async frame's slice into its AsyncFrame heap object and pops
//   it; the promise reaction job copies it back and continues (frames.cpp).
// - Promise jobs, executors and reaction handlers run as ordinary frames in the one dispatch
//   loop, so Step(budget) can stop anywhere in them; only a few built-ins (JSON replacers,
//   valueOf, string replace callbacks) call back into JavaScript on a nested loop.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/bytecode.h"
#include "lang/diagnostic.h"
#include "vm/heap.h"
#include "vm/objects.h"
#include "vm/value.h"
#include "vm/zeroed_array.h"

namespace th {

// [SECTION] Options, sinks and host hooks
struct VmOptions {
  uint64_t random_seed = 0x5EED;      // Math.random: the same seed gives the same numbers
  size_t heap_limit = 512u << 20;     // bytes; past it the run ends like Node's OOM
  bool gc_stress = false;             // collect at every allocation (for tests)
  uint32_t max_call_depth = 9000;     // frames; past it: RangeError (catchable)
  size_t stack_slots = 1u << 18;      // values in the VM stack
  uint64_t instruction_limit = 0;     // total instructions before the run stops; 0 = none
  std::string module_directory = "."; // a module's __dirname; its __filename is this + "/" + name
};

enum class OutputStream {
  Stdout,  // console.log / info / debug
  Stderr,  // console.warn / error, uncaught errors
};

class OutputSink {
 public:
  virtual ~OutputSink() = default;
  virtual void Write(OutputStream stream, std::string_view text) = 0;
};

// A pending promise job, owned (and kept alive) by the Vm until it runs.
using JobId = uint64_t;

enum class JobKind : uint8_t {
  PromiseReaction,         // PromiseReactionJob(reaction, argument)
  PromiseResolveThenable,  // PromiseResolveThenableJob(promise, thenable, then)
  Callback,                // queueMicrotask(fn)
};

// What the trace sees. Every method has an empty default; with no observer attached the VM
// pays nothing but a null check at calls. Names are views valid only during the call.
class VmObserver {
 public:
  virtual ~VmObserver() = default;
  // A frame was pushed: a call, or the program itself (`is_program`, named "(program)") when
  // it is loaded. `line` is where the function starts.
  virtual void OnCallPush(std::string_view function_name, int line, bool is_program) {
    (void)function_name, (void)line, (void)is_program;
  }
  virtual void OnCallPop(std::string_view function_name, bool is_program) { (void)function_name, (void)is_program; }
  // The first instruction of a statement is about to run (reported at statement starts only).
  virtual void OnLine(std::string_view file, int line, int col) { (void)file, (void)line, (void)col; }
  virtual void OnAllocate(ObjKind kind) { (void)kind; }
  virtual void OnJobEnqueued(JobId id, JobKind kind) { (void)id, (void)kind; }
  virtual void OnAwaitSuspend(std::string_view function_name) { (void)function_name; }
  // An async function continues after an await: its frame is pushed again (instead of an
  // OnCallPush; by default reported as one).
  virtual void OnAwaitResume(std::string_view function_name, int line) { OnCallPush(function_name, line, false); }
  // A generator's frame comes back at next(), throw() or return() (`line` is where it stopped),
  // and leaves at a yield, keeping its place. By default reported as a push and a pop.
  virtual void OnGeneratorResume(std::string_view function_name, int line) { OnCallPush(function_name, line, false); }
  virtual void OnGeneratorYield(std::string_view function_name) { OnCallPop(function_name, false); }
};

class Vm;

// Everything the host (the runtime layer) plugs in.
class HostHooks {
 public:
  virtual ~HostHooks() = default;
  // A promise job became ready. The default appends it to the Vm's own FIFO, which
  // Vm::DrainJobs runs; a host with an event loop calls Vm::RunJob(id) when it chooses.
  virtual void EnqueueJob(Vm& vm, JobId id);
  // require(name): return the module, or Value::Empty() when the host does not provide it.
  virtual Value RequireModule(Vm& vm, std::string_view name);
  // A global the host provides (process, setTimeout, ...), or Value::Empty().
  virtual Value HostGlobal(Vm& vm, std::string_view name);
  // Milliseconds since 1970 for Date.now() and new Date(). The default is deterministic
  // virtual time: a fixed start (2026-01-01) plus 1 ns per instruction executed.
  virtual double NowMs(Vm& vm);
  // A SharedArrayBuffer was made: agents may now race on memory (the scheduler interleaves).
  virtual void SharedMemoryCreated(Vm& vm) { (void)vm; }
  // Atomics.wait(int32Array, index, value, timeout) on shared memory, once the value matched:
  // returns "ok" or "timed-out"; or Value::Empty() when the host suspends the agent here and
  // supplies the result when it resumes it (Vm::ReplaceCallResult). A lone Vm cannot be woken
  // by anyone, so by default the wait times out.
  virtual Value AtomicsWait(Vm& vm, const std::shared_ptr<SharedBytes>& memory, size_t byte_index, double timeout_ms);
  // Atomics.notify: wakes up to `count` agents waiting at that place; returns how many.
  virtual double AtomicsNotify(Vm& vm, const std::shared_ptr<SharedBytes>& memory, size_t byte_index, double count);
};

enum class RunStatus {
  Done,        // the code ran to the end (the frames are gone)
  Paused,      // the step budget ran out; call Step again to continue
  Threw,       // an uncaught exception ended it (see Vm::uncaught_report)
  Terminated,  // a limit ended it (instruction limit, heap limit); see termination_message
};

enum class StepMode {
  Instructions,  // stop exactly when the budget is spent
  Statements,    // after the budget, run on to the next statement boundary
};

// The file name of the JavaScript-written built-ins; their frames are hidden from error
// locations and stacks.
inline constexpr const char* kPreludeFile = "<prelude>";

// [SECTION] Vm
class Vm {
 public:
  Vm(const VmOptions& options, OutputSink* sink, HostHooks* host = nullptr);
  ~Vm();
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  // Compiles `source` and prepares the program as the running frame. On a syntax error it
  // returns false and fills `error`.
  bool Load(std::string_view source, const std::string& filename, Diagnostic* error);
  // Compiles a CommonJS module and runs its body at once (a nested run, as require() does),
  // returning its module.exports; Exception when it failed to compile (a SyntaxError, thrown)
  // or threw. `require` is what the module's own require() will be.
  Value RunModule(std::string_view source, const std::string& filename, Value require);
  // Runs JavaScript-written host code (a host's modules, like Node's `events`): compiled as
  // built-in (no statement steps or call frames in the trace, errors reported where the
  // program called in), given `internals` where a module gets `require`. Returns its exports.
  Value RunBuiltinScript(std::string_view source, Value internals);
  // Runs at most `budget` instructions (0 = no budget) of whatever is running.
  RunStatus Step(uint64_t budget = 0, StepMode mode = StepMode::Instructions);
  bool HasFrames() const { return m_frame_count > 0; }

  // Jobs: the default FIFO of HostHooks::EnqueueJob.
  void QueueJobFifo(JobId id) { m_job_fifo.push_back(id); }
  bool HasQueuedJobs() const { return !m_job_fifo.empty(); }
  // Starts job `id` (pushing its frames); then Step runs it. Returns false if unknown.
  bool StartJob(JobId id);
  // Runs queued jobs (and the jobs they queue) to the end. Budget 0 = unlimited.
  RunStatus DrainJobs();
  JobKind job_kind(JobId id) const;
  // For the host's event loop (host_call.cpp): pushes a call of `function` as a steppable frame,
  // like a job; its result is dropped and an exception it throws is uncaught. Returns false
  // when the call failed at once (see exception()).
  bool StartCall(Value function, Value this_value, const Value* args, int argc);
  // A short description of a waiting job for the trace ("resume main() after await").
  std::string DescribeJob(JobId id) const;
  // For a host that suspended the agent inside a native call (HostHooks::AtomicsWait): pause
  // before the next instruction, and later put the call's real result where it returned.
  void PauseAfterThisCall();
  void ReplaceCallResult(Value result) { m_sp[-1] = result; }
  // Ends the run at the next instruction, as process.exit() does: the frames are dropped,
  // Step returns Terminated with this message (printed to stderr when not empty) and code.
  void RequestTermination(std::string message, int exit_code);
  // Unhandled rejections noticed since the last call (Node reports the first and exits 1).
  std::vector<Value> TakeUnhandledRejections();

  // After RunStatus::Threw: the text Node prints for the uncaught exception (location, source
  // line, caret, the error and its stack), without Node's version line.
  const std::string& uncaught_report() const { return m_uncaught_report; }
  // The value the last uncaught exception threw (kept alive until the next one), for hosts that
  // report it their own way (a browser's "Uncaught Error: ..." on the console).
  Value uncaught_value() const { return m_uncaught_value; }
  const std::string& termination_message() const { return m_termination_message; }
  int termination_exit_code() const { return m_termination_exit_code; }
  std::string FormatUncaught(Value exception, bool from_promise);

  // Attaches the trace recorder (null detaches it). While attached, the interpreter reports
  // the lines of statement starts (marked in the code, so other instructions cost nothing more),
  // calls go through the general call path, and the heap reports each allocation.
  void set_observer(VmObserver* observer);
  Heap& heap() { return *m_heap; }
  OutputSink* sink() { return m_sink; }
  HostHooks* host() { return m_host; }
  const VmOptions& options() const { return m_options; }
  uint64_t instructions_executed() const { return m_instructions + static_cast<uint64_t>(m_chunk - std::max<int64_t>(m_countdown, 0)); }
  // Ends the current countdown early, so the slow path runs at the next instruction, without
  // counting the instructions the countdown had left as executed (virtual time reads this count).
  void CutCountdown() {
    m_instructions = instructions_executed();
    m_chunk = 0;
    m_countdown = 0;
  }

  // [SECTION] API for built-ins
  // Allocation. Every call may collect: keep values you hold rooted (TempRoot).
  HeapString* NewString(std::string text);
  HeapString* Intern(std::string_view text) { return m_heap->Intern(text); }
  // A new symbol; Symbol.for's registry keeps one per key (builtins_symbol.cpp).
  HeapString* NewSymbol(std::string description, bool has_description = true);
  HeapString* RegisteredSymbol(const std::string& key);
  // How a symbol prints: "Symbol(description)".
  static std::string SymbolText(const HeapString* symbol);
  // A property key as error messages name it: its text, or a symbol's SymbolText.
  static std::string KeyText(const HeapString* key);
  // A value as V8's error messages name it, without running user code: a primitive's text
  // ("5", "abc", "Symbol(x)"), "#<Object>" for an object.
  static std::string ShownText(Value value);
  // The name a function defined under `key` gets: the key, or "[description]" for a symbol.
  HeapString* FunctionNameFor(HeapString* key);
  // The key string of array index `index` ("0", "1", ...). Small indices are cached and
  // always rooted, so key lists built from them survive collections.
  HeapString* IndexKey(size_t index);
  Value Str(std::string text) { return Value::String(NewString(std::move(text))); }
  JsObject* NewObject(JsObject* proto);
  JsObject* NewObject();
  JsArray* NewArray(size_t reserve = 0);
  NativeFunction* NewNative(std::string_view name, NativeFn fn, int length);
  JsObject* NewError(JsObject* proto, std::string_view message);
  // An ArrayBuffer or SharedArrayBuffer over `bytes` (their `shared` says which), and a typed
  // array view of one; for hosts that move them between agents (structured clone).
  ArrayBufferObject* NewArrayBuffer(std::shared_ptr<SharedBytes> bytes);
  TypedArrayObject* NewTypedArray(ElementType type, ArrayBufferObject* buffer, size_t byte_offset, size_t length);
  JsPromise* NewPromise();

  // Throwing: each returns Value::Exception() for `return vm.ThrowTypeError(...)`.
  Value Throw(Value error);
  Value ThrowError(std::string_view message);
  Value ThrowTypeError(std::string_view message);
  Value ThrowRangeError(std::string_view message);
  Value ThrowReferenceError(std::string_view message);
  Value ThrowSyntaxError(std::string_view message);
  Value exception() const { return m_exception; }
  void ClearException() {
    m_exception = Value::Undefined();
    m_has_exception = false;
  }

  // Conversions (ECMAScript abstract operations). Those that can run user code can throw:
  // check for a null / Exception result.
  HeapString* ToString(Value value);                    // null on exception
  bool ToNumber(Value value, double* out);              // false on exception
  // The hint a [Symbol.toPrimitive] method is given: `+` and `==` say "default".
  enum class PrimitiveHint : uint8_t { Default, Number, String };
  Value ToPrimitive(Value value, PrimitiveHint hint);
  HeapString* ToPropertyKey(Value value);               // null on exception
  static bool ToBoolean(Value value);
  static double ToNumberPrimitive(Value value);         // for non-objects
  static double StringToNumber(std::string_view text);
  static std::string NumberToString(double value);
  HeapString* TypeOf(Value value);
  bool StrictEquals(Value a, Value b) const;
  bool LooseEquals(Value a, Value b, bool* ok);
  static bool SameValueZero(Value a, Value b);

  // Properties.
  Value Get(Value object, HeapString* key);                  // Exception on error
  Value GetElement(Value object, Value key);
  bool Set(Value object, HeapString* key, Value value);      // false on exception
  bool SetPrivate(Value object, HeapString* key, Value value);
  bool SetElement(Value object, Value key, Value value);
  void DefineOwn(JsObject* object, HeapString* key, Value value, uint8_t flags = kDefault);
  void DefineMethod(JsObject* object, std::string_view name, NativeFn fn, int length);
  Property* FindProperty(JsObject* object, HeapString* key);  // own or inherited
  bool HasProperty(Value object, HeapString* key);
  bool DeleteProperty(Value object, HeapString* key);
  // Own enumerable keys in JavaScript's order (integer keys first, ascending, then strings in
  // insertion order, then symbols); string keys only unless `kinds` says otherwise.
  enum class KeyKinds : uint8_t { Strings, Symbols, Both };
  std::vector<HeapString*> OwnKeys(JsObject* object, bool include_hidden = false, KeyKinds kinds = KeyKinds::Strings);
  static bool IsCallable(Value value);
  static bool IsArray(Value value) { return value.IsObject() && value.object->kind() == ObjKind::Array; }

  // Iteration over built-in iterables (for-of semantics). IteratorStep returns Empty when done.
  Value MakeIterator(Value iterable);
  Value IteratorByProtocol(Value iterable, Value method);
  // What MakeIterator takes (a built-in iterable, or an object with a [Symbol.iterator] method),
  // and V8's TypeError for anything else where it names the value
  // ("number 5 is not iterable (cannot read property Symbol(Symbol.iterator))").
  bool IsIterable(Value value);
  Value ThrowNotIterable(Value value);
  Value IteratorStep(IteratorObject* iterator);
  // A loop leaves `iterator` early: a generator behind it returns (its finally blocks run), a
  // user's iterator has its return() called.
  bool IteratorClose(IteratorObject* iterator);
  // Protocol iterators: calls target.next / return / throw with `sent` (iterators.cpp).
  Value CallIteratorMethod(IteratorObject* iterator, HeapString* name, Value sent, bool* done);

  // Runs a suspended generator until it yields or ends (generators.cpp): next(sent), throw(sent)
  // or return(sent). Returns what it yielded or returned, with *done telling which, or Exception.
  enum class GeneratorResume : uint8_t { Next, Throw, Return };
  Value ResumeGenerator(GeneratorObject* generator, Value sent, GeneratorResume how, bool* done);
  // An async generator's next/throw/return (async_generators.cpp): queues the request, runs the
  // body when it is not already running, and returns the request's promise (Exception only
  // when the program is being terminated).
  Value AsyncGeneratorRequest(GeneratorObject* generator, GeneratorResume how, Value value);
  // {value, done}, as an iterator's next() returns it.
  JsObject* NewIterResult(Value value, bool done);
  // Takes the pending exception (the value thrown), leaving none.
  Value TakeException() {
    Value error = m_exception;
    ClearException();
    return error;
  }

  // Calls a function from C++ (runs a nested interpreter loop; not steppable inside).
  Value Call(Value function, Value this_value, const Value* args, int argc);
  Value Construct(Value constructor, const Value* args, int argc);

  // Promises (ECMAScript 27.2).
  Value PromiseResolve(Value value);  // Promise.resolve(value)
  void ResolvePromise(JsPromise* promise, Value resolution);
  void RejectPromise(JsPromise* promise, Value reason);
  void FulfillPromise(JsPromise* promise, Value value);
  // PerformPromiseThen: `derived` may be null (await).
  void PerformPromiseThen(JsPromise* promise, Value on_fulfilled, Value on_rejected, JsPromise* derived);
  // Returns [resolve, reject] bound to `promise`.
  std::pair<NativeFunction*, NativeFunction*> CreateResolvingFunctions(JsPromise* promise);
  JobId EnqueueJob(JobKind kind, Value a, Value b, Value c, bool flag = false);

  // Before allocating `bytes` at once in C++ (a big array or string): false when they cannot
  // fit under the heap limit; the run then ends as Node's does when its heap is exhausted, and
  // the caller returns Value::Exception() without allocating.
  bool ReserveHeap(size_t bytes);

  // Rooting for C++ code that holds values across allocations.
  void PushRoot(Value value) { m_temp_roots.push_back(value); }
  void PopRoot() { m_temp_roots.pop_back(); }
  // Keeps `object` alive for the Vm's whole life: for what the host holds in C++ members (its
  // tables, property keys, prototypes). A pointer held in C++ that is neither pinned nor
  // reachable from a root is freed by the next collection.
  void Pin(HeapObject* object) { m_pinned.push_back(object); }

  // The running realm's intrinsics.
  struct Realm {
    JsObject* global = nullptr;
    JsObject* object_proto = nullptr;
    JsObject* function_proto = nullptr;
    JsObject* array_proto = nullptr;
    JsObject* string_proto = nullptr;
    JsObject* number_proto = nullptr;
    JsObject* boolean_proto = nullptr;
    JsObject* symbol_proto = nullptr;
    JsObject* error_proto = nullptr;
    JsObject* type_error_proto = nullptr;
    JsObject* range_error_proto = nullptr;
    JsObject* reference_error_proto = nullptr;
    JsObject* syntax_error_proto = nullptr;
    JsObject* aggregate_error_proto = nullptr;
    JsObject* promise_proto = nullptr;
    JsObject* iterator_proto = nullptr;
    JsObject* generator_proto = nullptr;  // %GeneratorPrototype%: next, return, throw
    JsObject* generator_function_proto = nullptr;  // %GeneratorFunction.prototype%: generator functions inherit it
    JsObject* async_iterator_proto = nullptr;  // %AsyncIteratorPrototype%: [Symbol.asyncIterator]() gives this
    JsObject* async_generator_proto = nullptr;  // %AsyncGeneratorPrototype%: next, return, throw
    JsObject* async_generator_function_proto = nullptr;  // %AsyncGeneratorFunction.prototype%
    JsObject* map_proto = nullptr;
    JsObject* set_proto = nullptr;
    JsObject* promise_ctor = nullptr;
    JsObject* module_cache = nullptr;
    JsObject* prelude = nullptr;  // JavaScript-written built-ins, by name
    JsObject* array_buffer_proto = nullptr;
    JsObject* shared_array_buffer_proto = nullptr;
    JsObject* typed_array_protos[kElementTypeCount] = {};  // by ElementType
  };
  Realm& realm() { return m_realm; }

  // Names used often, interned once.
  struct Names {
    HeapString *length, *name, *message, *stack, *prototype, *constructor, *then, *toString, *valueOf,
        *cause, *errors, *code, *empty, *toJSON, *get, *set, *value, *done, *next, *size, *return_,
        *description;
    // The well-known symbols (symbols are string cells marked as such: see HeapString).
    HeapString *toPrimitive, *iterator, *asyncIterator, *hasInstance, *toStringTag;
  };
  const Names& names() const { return m_names; }

  double NextRandom();
  // console's own state: group indentation, counters and timers.
  struct ConsoleState {
    int indent = 0;
    std::unordered_map<std::string, int> counts;
    std::unordered_map<std::string, double> timers;
  };
  ConsoleState& console_state() { return m_console; }
  std::string CurrentFile() const;
  // "    at f (file:line:col)" lines for the current frames.
  std::string CaptureStack(int skip_top = 0);
  // The source of a file this Vm compiled (the program, its modules), for error reports.
  const std::string& SourceOf(std::string_view filename) const;
  int native_depth() const { return m_native_depth; }

 private:
  friend class Interpreter;
  friend class TempRoot;
  struct CallFrame {
    Closure* closure = nullptr;
    const uint8_t* ip = nullptr;
    Value* base = nullptr;          // slot 0; base[-2] callee, base[-1] this
    uint32_t handler_base = 0;      // first index of its handlers in m_handlers
    uint8_t kind = 0;               // FrameKind
    Value aux;                      // Construct: new.target; Executor/Reaction: the promise; Async: its AsyncFrame
  };
  // What happens when a frame returns or an exception leaves it.
  enum FrameKind : uint8_t {
    kNormal = 0,       // plain call
    kConstruct = 1,    // `new`: a non-object result becomes `this`
    kAsync = 2,        // an async function body: settles its promise
    kExecutor = 3,     // a Promise executor: returns the promise; a throw rejects it
    kReaction = 4,     // a promise reaction handler: settles the derived promise
    kJobCallback = 5,  // queueMicrotask callback: the result is dropped
    kProgram = 6,      // the program itself
    kMicrotask = 7,    // a queueMicrotask callback: an escaping error reports where it was made
    kGenerator = 8,    // a generator's body, resumed by next/throw/return: aux is its GeneratorObject
    kAsyncGenerator = 9,  // an async generator's body: aux is its GeneratorObject; ending settles requests
  };

  void MarkRoots(Tracer& tracer);
  void InitRealm();
  void InstallBuiltins();
  void RunPrelude();
  FunctionProto* MaterializeProto(const FunctionCode* code, const std::shared_ptr<const FunctionCode>& root);
  // Pushes a call of the compiled module wrapper `root` as (exports, require, module, __filename,
  // __dirname); returns its module object (rooted on the stack under the call).
  JsObject* PushModuleCall(std::shared_ptr<const FunctionCode> root, const std::string& filename, Value require);

  // The interpreter (interpreter.cpp) and what it calls out to for the general cases:
  // operators.cpp and literals.cpp. These work on the stack at m_sp; false means it threw.
  RunStatus Run(uint32_t stop_depth);
  // Runs the frames pushed above `depth` to completion on a nested interpreter loop, and takes
  // the result from `callee_slot` (where the stack is cut back to): Exception when it threw or
  // was terminated.
  Value RunNested(uint32_t depth, Value* callee_slot);
  bool AddGeneric();
  bool OperandsToNumbers(double* x, double* y);
  bool CompareGeneric(Op op);
  bool InOperator();
  bool InstanceOfOperator();
  Value MissingGlobal(HeapString* name, bool for_typeof);
  Closure* NewClosure(uint16_t index);
  bool SpreadIntoArray();
  bool SpreadIntoObject();
  bool IteratorRest();
  void ForInKeys();
  void ThrowCannotDestructure(Value value, HeapString* first);
  bool ObjectRestCopy();
  static std::string_view FrameName(Closure* closure);
  // Pushes the record of a frame whose slots are already on the stack from `base`.
  CallFrame& PushFrameRecord(Closure* closure, const uint8_t* ip, Value* base, uint8_t kind, Value aux) {
    CallFrame& frame = m_frames[m_frame_count++];
    frame.closure = closure;
    frame.ip = ip;
    frame.base = base;
    frame.handler_base = static_cast<uint32_t>(m_handlers.size());
    frame.kind = kind;
    frame.aux = aux;
    return frame;
  }
  bool OperandsToPrimitives(PrimitiveHint hint);
  bool CallValue(Value* callee_slot, int argc, uint8_t frame_kind, Value aux);
  bool PushClosureFrame(Closure* closure, Value* callee_slot, int argc, uint8_t frame_kind, Value aux);
  bool FinishFrameReturn(Value result);
  Value CompleteOuterCall(AsyncFrame* cell, Value promise);
  bool Unwind(uint32_t stop_depth);
  bool AwaitValue(Value value);
  bool ResumeAsync(AsyncFrame* frame, Value value, bool is_throw);
  // Generators (generators.cpp).
  bool StartGenerator();
  void YieldValue(Value value);
  enum class DelegateResult : uint8_t { Threw, Yielded, Done };
  DelegateResult StartDelegation();
  Value StepDelegate(IteratorObject* delegate, Value sent, GeneratorResume how, bool* done);
  void CompleteGenerator(const CallFrame& frame);
  // Pushes a suspended generator's activation as a frame of `frame_kind` and runs it on a nested
  // loop until it leaves the stack; `rethrow`: a throw passed on from a yield*'s iterable.
  Value RunGeneratorActivation(GeneratorObject* generator, Value sent, GeneratorResume how, bool rethrow,
                               uint8_t frame_kind);
  // Async generators (async_generators.cpp).
  bool AsyncGeneratorYield(Value value);
  bool ContinueAtYield(CallFrame& frame, GeneratorResume how, Value value);
  Value AsyncGeneratorResume(GeneratorObject* generator);
  // The body ended with `value` (returned, or thrown when `thrown`): requests are answered.
  void AsyncGeneratorFinish(GeneratorObject* generator, Value value, bool thrown);
  void AsyncGeneratorCompleteStep(GeneratorObject* generator, Value value, bool thrown, bool done);
  void AsyncGeneratorDrainQueue(GeneratorObject* generator);
  void AsyncGeneratorAwaitReturn(GeneratorObject* generator);
  static Value AsyncGeneratorReturnSettled(Vm& vm, Value self, Value* args, int argc, NativeFunction* function);
  // The instructions behind Op::Extended (extended_ops.cpp): false when one threw.
  bool RunExtended(ExtendedOp op, uint16_t argument);
  // for await (async_iteration.cpp): the instructions the compiler's CompileForAwait emits.
  bool RunAsyncIteration(ExtendedOp op, uint16_t argument);
  // Tagged templates (template_objects.cpp): a call site's template object, made once.
  bool RunTemplateObject(ExtendedOp op, uint16_t argument);
  Value MakeAsyncIterator(Value iterable);
  Value AsyncIteratorNext(IteratorObject* iterator);
  Value AsyncFromSyncStep(IteratorObject* iterator, bool closing);
  static Value AsyncFromSyncUnwrap(Vm& vm, Value self, Value* args, int argc, NativeFunction* function);
  void RecordThrowSite();
  JsObject::ErrorSite CurrentSite() const;
  Value MakeRangeErrorStack();
  bool CheckSlowPath();
  bool ConstructFromStack(int argc);
  // `callee_slot` holds [constructor this args...]: constructs as `new` does, the object taking
  // its prototype from `new_target` (a subclass, when a class's super(...) runs its parent).
  bool ConstructWith(Value* callee_slot, int argc, Value new_target);
  // Getters and setters (accessors.cpp): a kAccessor property's pair, called on `receiver`.
  Value CallGetter(Value pair, Value receiver);
  bool CallSetter(Value pair, Value receiver, Value value, HeapString* key);
  // [obj key fn] -> [obj]: defines fn as key's getter (or, with kAccessorSetter, setter).
  bool DefineAccessor(uint8_t kind);
  // `start`'s property `key`, a getter found on the way being called on `receiver` (super.x).
  Value GetFrom(Value start, HeapString* key, Value receiver);
  // Classes (classes.cpp): the instructions the compiler's CompileClass and super emit.
  bool MakeClass(bool derived);
  void DefineMethod(HeapString* name);
  bool DefineMethodElem();
  bool PushSuperBase();
  bool SuperCallFromStack();
  bool BindThis();
  void PushClassFields();
  void SetHomeObject();
  RunStatus FinishRun(RunStatus status);
  bool RunJobInternal(JobId id);
  Value TypeErrorNotCallable(Value callee);
  std::string CalleeText() const;
  RunStatus Terminate(const std::string& message, int exit_code);
  void TerminateOutOfMemory();
  // What the run says when its instruction limit ends it.
  std::string InstructionBudgetMessage() const;
  // A native function the host called (StartCall) ran, or failed, at once: it counts as one
  // instruction (see host_call.cpp).
  void CountNativeCallFromHost();

  VmOptions m_options;
  OutputSink* m_sink;
  HostHooks* m_host;
  std::unique_ptr<HostHooks> m_default_host;
  VmObserver* m_observer = nullptr;
  std::unique_ptr<Heap> m_heap;
  Realm m_realm;
  Names m_names{};

  // Both start zeroed (zeroed_array.h): zero bytes are an undefined Value (tag 0, bits 0) and
  // an empty CallFrame (null pointers, kind kNormal, aux undefined).
  ZeroedArray<Value> m_stack;
  Value* m_sp = nullptr;
  Value* m_stack_end = nullptr;
  ZeroedArray<CallFrame> m_frames;
  uint32_t m_frame_count = 0;
  uint32_t m_frame_capacity = 0;
  std::vector<Handler> m_handlers;
  std::vector<Value> m_temp_roots;
  std::vector<HeapObject*> m_pinned;           // Pin: roots for the Vm's life
  std::vector<HeapString*> m_index_keys;       // IndexKey cache (roots)
  std::unordered_map<std::string, HeapString*> m_symbol_registry;  // Symbol.for (roots)
  std::array<HeapString*, 128> m_ascii_strings{};  // one-character ASCII strings (roots)
  std::vector<HeapString*> m_large_index_keys; // a ring of recent large index keys (roots)
  size_t m_large_index_next = 0;
  Value m_exception;
  bool m_has_exception = false;

  // Budgets and limits: one countdown, checked per instruction, leads to CheckSlowPath.
  int64_t m_countdown = 0;
  uint64_t m_instructions = 0;
  int64_t m_chunk = 0;              // instructions granted to the countdown
  uint64_t m_step_target = 0;       // pause once m_instructions reaches it; 0 = never
  bool m_stop_at_statement = false;
  bool m_pause_requested = false;
  bool m_terminating = false;
  int m_native_depth = 0;
  std::string m_termination_message;
  int m_termination_exit_code = 0;

  // Jobs.
  struct Job {
    JobKind kind;
    Value a, b, c;
    bool flag = false;  // PromiseReaction: a rejection reaction
  };
  std::unordered_map<JobId, Job> m_jobs;
  std::deque<JobId> m_job_fifo;
  JobId m_next_job = 1;
  std::vector<Value> m_pending_rejections;

  // The program and the modules it required: their code stays alive through their protos.
  std::shared_ptr<const FunctionCode> m_program;
  std::vector<std::pair<std::string, std::string>> m_sources;  // (file name, source)
  std::string m_filename;
  std::string m_uncaught_report;
  Value m_uncaught_value = Value::Undefined();
  JsObject::ErrorSite m_throw_site;  // where the pending exception was thrown
  bool m_throw_site_valid = false;
  bool m_escaped_microtask = false;  // the uncaught exception left a queueMicrotask callback
  uint64_t m_random_state[2] = {0, 0};
  ConsoleState m_console;
};

// Keeps a value alive across allocations in C++ code.
class TempRoot {
 public:
  TempRoot(Vm& vm, Value value) : m_vm(vm) { vm.PushRoot(value); }
  TempRoot(Vm& vm, HeapObject* object) : m_vm(vm) { vm.PushRoot(Value::Object(object)); }
  ~TempRoot() { m_vm.PopRoot(); }
  TempRoot(const TempRoot&) = delete;
  TempRoot& operator=(const TempRoot&) = delete;

 private:
  Vm& m_vm;
};

}  // namespace th
