// [SECTION] index
//   Registers and dispatch (how the loop is built)
//   Constants, stack, variables
//   Properties and globals
//   Operators
//   Control flow, calls and returns
//   Literals, iteration, destructuring
//   The slow path, statement starts and exceptions
//
// The dispatch loop: one function, one label per opcode (computed goto where the compiler has
// it, a switch elsewhere, as in WebAssembly). Only the fast paths live here; what they do not
// cover calls out: frames.cpp (calls, returns, unwinding, budgets), operators.cpp (operators on
// anything but numbers), literals.cpp (closures, spreads, rests, for-in), vm.cpp (properties).
#include <cmath>
#include <cstring>

// The dispatch loop uses computed goto (labels as values) where the compiler offers it: a
// GNU extension that -Wpedantic reports.
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wpedantic"
#endif

#include "lang/diagnostic.h"
#include "vm/builtins.h"
#include "vm/number_format.h"
#include "vm/vm.h"

namespace th {

namespace {

uint16_t ReadU16(const uint8_t* p) { return static_cast<uint16_t>(p[0] | (p[1] << 8)); }
int32_t ReadI32(const uint8_t* p) {
  int32_t value;
  std::memcpy(&value, p, 4);
  return value;
}
int32_t ToInt32(double value) {
  // Most operands are already 32-bit integers: skip the modular reduction for them.
  if (value >= -2147483648.0 && value <= 2147483647.0) return static_cast<int32_t>(value);
  if (std::isnan(value) || std::isinf(value)) return 0;
  double truncated = std::trunc(value);
  double modulo = std::fmod(truncated, 4294967296.0);
  if (modulo < 0) modulo += 4294967296.0;
  uint32_t bits = static_cast<uint32_t>(modulo);
  return static_cast<int32_t>(bits);
}
uint32_t ToUint32(double value) { return static_cast<uint32_t>(ToInt32(value)); }

// x % y as JavaScript computes it. fmod is slow where it is done in software (WebAssembly):
// two positive integers below 2^53 take the integer remainder, which is exact.
double Modulo(double x, double y) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (x > 0 && x < kExact && y > 0 && y < kExact) {  // (not -0: -0 % y is -0)
    const auto a = static_cast<uint64_t>(x), b = static_cast<uint64_t>(y);
    if (static_cast<double>(a) == x && static_cast<double>(b) == y) return static_cast<double>(a % b);
  }
  return std::fmod(x, y);
}

}  // namespace

// [SECTION] Registers and dispatch
//
// The stack pointer and the instruction countdown live in locals (`sp`, `countdown`) while the
// loop runs, so the compiler keeps them in registers instead of reading and writing m_sp and
// m_countdown at every instruction. Everything outside the loop reads the members, so:
//   SAVE() writes the locals back, and the instruction pointer into the frame (somewhere past
//     the running instruction's opcode: error positions, stacks and callee names read it). An
//     instruction that calls anything (allocation, property lookup, conversions, calls,
//     throwing) does it first, and from there uses m_sp.
//   RESUME() reads them again (the callee may have moved the stack or the countdown) and
//     dispatches the next instruction.
// An instruction that calls nothing leaves frame->ip stale: nothing can read it meanwhile.
//
// Statement starts carry kStatementBit in their opcode byte. An untraced VM dispatches on the
// opcode with the bit ignored; a traced one (an observer attached) sends those instructions
// through `statement_start`, which reports the line and then runs the instruction.
RunStatus Vm::Run(uint32_t stop_depth) {
  if (m_frame_count <= stop_depth) return RunStatus::Done;
  CallFrame* frame;
  const uint8_t* ip;
  Value* base;
  Value* consts;
  const FunctionCode* code;
  Value* sp = m_sp;
  int64_t countdown = m_countdown;

#define TH_LOAD_FRAME()                                   \
  do {                                                    \
    frame = &m_frames[m_frame_count - 1];                 \
    ip = frame->ip;                                       \
    base = frame->base;                                   \
    consts = frame->closure->proto()->constants().data(); \
    code = frame->closure->proto()->code();               \
  } while (0)
#define SAVE() (frame->ip = ip, m_sp = sp, m_countdown = countdown)
#define LOAD() (sp = m_sp, countdown = m_countdown)

  TH_LOAD_FRAME();

#if defined(__GNUC__) || defined(__clang__)
  // (Also in WebAssembly, which has no indirect jumps: clang turns each computed goto into a
  // switch only after optimizing, whereas a real switch gets the instructions' common address
  // arithmetic hoisted into the dispatch and spilled there: 1.5-2x slower under V8.)
#define TH_COMPUTED_GOTO 1
  // Two 256-entry tables, one per half of the opcode byte: untraced, both halves run the
  // opcode; traced, the statement half goes to statement_start first.
  struct DispatchHalf {
    void* labels[128];
  };
  struct DispatchTable {
    DispatchHalf plain;
    DispatchHalf statement;
  };
#define TH_OP_LABEL(name, format, effect) &&op_##name,
#define TH_STATEMENT_LABEL(name, format, effect) &&statement_start,
  static const DispatchTable kUntraced = {{{TH_OPCODE_LIST(TH_OP_LABEL)}}, {{TH_OPCODE_LIST(TH_OP_LABEL)}}};
  static const DispatchTable kTraced = {{{TH_OPCODE_LIST(TH_OP_LABEL)}}, {{TH_OPCODE_LIST(TH_STATEMENT_LABEL)}}};
#undef TH_OP_LABEL
#undef TH_STATEMENT_LABEL
  void* const* dispatch = (m_observer ? &kTraced : &kUntraced)->plain.labels;
#define TH_CASE(name) op_##name:
#define TH_NEXT()                             \
  do {                                        \
    if (--countdown < 0) goto slow_path;      \
    goto* dispatch[*ip++];                    \
  } while (0)
#define TH_DISPATCH_PLAIN() goto* kUntraced.plain.labels[ip[-1] & kOpMask]
#else
  // Untraced, the statement bit is masked away; traced, it selects the default case.
  uint8_t op_mask = m_observer ? 0xFF : kOpMask;
  uint8_t op;
#define TH_CASE(name) case static_cast<uint8_t>(Op::name):
#define TH_NEXT() goto next
#define TH_DISPATCH_PLAIN() \
  do {                      \
    op = ip[-1] & kOpMask;  \
    goto dispatch_op;       \
  } while (0)
#endif
#define RESUME()  \
  do {            \
    LOAD();       \
    TH_NEXT();    \
  } while (0)

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define THROW() goto throw_exception
#define SYNC() (frame->ip = ip)

  TH_NEXT();

#if !defined(TH_COMPUTED_GOTO)
next:
  if (--countdown < 0) goto slow_path;
  op = *ip++ & op_mask;
dispatch_op:
  switch (op) {
#endif

  // [SECTION] Constants, stack, variables
  TH_CASE(Undefined) { PUSH(Value::Undefined()); TH_NEXT(); }
  TH_CASE(Null) { PUSH(Value::Null()); TH_NEXT(); }
  TH_CASE(True) { PUSH(Value::Bool(true)); TH_NEXT(); }
  TH_CASE(False) { PUSH(Value::Bool(false)); TH_NEXT(); }
  TH_CASE(Const) {
    PUSH(consts[ReadU16(ip)]);
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(Closure) {
    uint16_t index = ReadU16(ip);
    ip += 2;
    SYNC();
    SAVE();
    Closure* closure = NewClosure(index);
    *m_sp++ = Value::Object(closure);
    RESUME();
  }
  TH_CASE(This) {
    if (base[-1].IsEmpty()) {
      // A derived class's constructor before its super(...) has run.
      SYNC();
      SAVE();
      ThrowReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
      THROW();
    }
    PUSH(base[-1]);
    TH_NEXT();
  }
  TH_CASE(Callee) { PUSH(base[-2]); TH_NEXT(); }
  TH_CASE(Pop) { --sp; TH_NEXT(); }
  TH_CASE(Dup) { *sp = sp[-1]; ++sp; TH_NEXT(); }
  TH_CASE(Dup2) {
    sp[0] = sp[-2];
    sp[1] = sp[-1];
    sp += 2;
    TH_NEXT();
  }
  TH_CASE(Swap) { std::swap(sp[-1], sp[-2]); TH_NEXT(); }
  TH_CASE(Rot3) {
    Value a = sp[-3];
    sp[-3] = sp[-2];
    sp[-2] = sp[-1];
    sp[-1] = a;
    TH_NEXT();
  }
  TH_CASE(GetLocal) { PUSH(base[ReadU16(ip)]); ip += 2; TH_NEXT(); }
  TH_CASE(SetLocal) { base[ReadU16(ip)] = sp[-1]; ip += 2; TH_NEXT(); }
  TH_CASE(StoreLocal) { base[ReadU16(ip)] = POP(); ip += 2; TH_NEXT(); }
  TH_CASE(GetLocalTdz) {
    Value value = base[ReadU16(ip)];
    if (value.IsEmpty()) goto throw_tdz;
    ip += 4;
    PUSH(value);
    TH_NEXT();
  }
  TH_CASE(CheckLocalTdz) {
    if (base[ReadU16(ip)].IsEmpty()) goto throw_tdz;
    ip += 4;
    TH_NEXT();
  }
  TH_CASE(InitTdz) { base[ReadU16(ip)] = Value::Empty(); ip += 2; TH_NEXT(); }
  TH_CASE(NewBox) {
    SAVE();
    Box* box = m_heap->New<Box>(Value::Empty());
    base[ReadU16(ip)] = Value::Object(box);
    ip += 2;
    RESUME();
  }
  TH_CASE(BoxLocal) {
    SAVE();
    uint16_t slot = ReadU16(ip);
    Box* box = m_heap->New<Box>(base[slot]);
    base[slot] = Value::Object(box);
    ip += 2;
    RESUME();
  }
  TH_CASE(CopyBox) {
    SAVE();
    uint16_t slot = ReadU16(ip);
    Box* box = m_heap->New<Box>(static_cast<Box*>(base[slot].object)->value);
    base[slot] = Value::Object(box);
    ip += 2;
    RESUME();
  }
  TH_CASE(GetBox) { PUSH(static_cast<Box*>(base[ReadU16(ip)].object)->value); ip += 2; TH_NEXT(); }
  TH_CASE(GetBoxTdz) {
    Value value = static_cast<Box*>(base[ReadU16(ip)].object)->value;
    if (value.IsEmpty()) goto throw_tdz;
    ip += 4;
    PUSH(value);
    TH_NEXT();
  }
  TH_CASE(SetBox) { static_cast<Box*>(base[ReadU16(ip)].object)->value = sp[-1]; ip += 2; TH_NEXT(); }
  TH_CASE(StoreBox) { static_cast<Box*>(base[ReadU16(ip)].object)->value = POP(); ip += 2; TH_NEXT(); }
  TH_CASE(CheckBoxTdz) {
    if (static_cast<Box*>(base[ReadU16(ip)].object)->value.IsEmpty()) goto throw_tdz;
    ip += 4;
    TH_NEXT();
  }
  TH_CASE(GetUpval) {
    PUSH(static_cast<Box*>(frame->closure->upvalues()[ReadU16(ip)])->value);
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(GetUpvalTdz) {
    Value value = static_cast<Box*>(frame->closure->upvalues()[ReadU16(ip)])->value;
    if (value.IsEmpty()) goto throw_tdz;
    ip += 4;
    PUSH(value);
    TH_NEXT();
  }
  TH_CASE(SetUpval) {
    static_cast<Box*>(frame->closure->upvalues()[ReadU16(ip)])->value = sp[-1];
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(CheckUpvalTdz) {
    if (static_cast<Box*>(frame->closure->upvalues()[ReadU16(ip)])->value.IsEmpty()) goto throw_tdz;
    ip += 4;
    TH_NEXT();
  }

  // [SECTION] Properties and globals
  TH_CASE(GetGlobal) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    if (Property* property = m_realm.global->props().Find(name)) {
      PUSH(property->value);
      TH_NEXT();
    }
    SYNC();
    SAVE();
    Value hosted = MissingGlobal(name, false);
    if (hosted.IsException()) THROW();
    *m_sp++ = hosted;
    RESUME();
  }
  TH_CASE(TypeofGlobal) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SYNC();
    SAVE();
    Property* property = m_realm.global->props().Find(name);
    Value value = property ? property->value : MissingGlobal(name, true);
    *m_sp++ = value;
    RESUME();
  }
  TH_CASE(SetGlobal) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SYNC();
    SAVE();
    if (!Set(Value::Object(m_realm.global), name, m_sp[-1])) THROW();
    RESUME();
  }
  TH_CASE(ConstAssign) {
    ip += 2;
    SAVE();
    ThrowTypeError("Assignment to constant variable.");
    THROW();
  }
  TH_CASE(GetProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    Value object = sp[-1];
    if (object.IsObject() && object.object->kind() == ObjKind::Object) {
      // Fast path: an own data property of an ordinary object.
      Property* property = static_cast<JsObject*>(object.object)->props().Find(name);
      if (property && !(property->flags & kAccessor)) {
        sp[-1] = property->value;
        TH_NEXT();
      }
    } else if (name == m_names.length) {
      // Fast path: an array's or a string's length.
      if (object.IsObject() && object.object->kind() == ObjKind::Array) {
        sp[-1] = Value::Number(static_cast<double>(static_cast<JsArray*>(object.object)->items().size()));
        TH_NEXT();
      }
      if (object.IsString()) {
        sp[-1] = Value::Number(static_cast<double>(object.AsString()->Length()));
        TH_NEXT();
      }
    }
    SAVE();
    Value result = Get(object, name);
    if (result.IsException()) THROW();
    m_sp[-1] = result;
    RESUME();
  }
  TH_CASE(SetProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    Value object = sp[-2];
    Value value = sp[-1];
    if (object.IsObject() && object.object->kind() == ObjKind::Object) {
      JsObject* o = static_cast<JsObject*>(object.object);
      Property* property = o->props().Find(name);
      if (property && (property->flags & kWritable) && !o->frozen()) {
        property->value = value;
        sp[-2] = value;
        --sp;
        TH_NEXT();
      }
    }
    SAVE();
    if (!Set(object, name, value)) THROW();
    m_sp[-2] = value;
    --m_sp;
    RESUME();
  }
  TH_CASE(GetElem) {
    Value object = sp[-2], key = sp[-1];
    if (object.IsObject() && key.IsNumber() && object.object->kind() == ObjKind::Array) {
      // Fast path: an element of an array.
      auto& items = static_cast<JsArray*>(object.object)->items();
      const double number = key.number;
      if (number >= 0 && number < static_cast<double>(items.size())) {
        const auto index = static_cast<size_t>(number);
        if (static_cast<double>(index) == number && !items[index].IsEmpty()) {
          sp[-2] = items[index];
          --sp;
          TH_NEXT();
        }
      }
    }
    SAVE();
    Value result = GetElement(object, key);
    if (result.IsException()) THROW();
    m_sp[-2] = result;
    --m_sp;
    RESUME();
  }
  TH_CASE(SetElem) {
    Value value = sp[-1];
    SAVE();
    if (!SetElement(m_sp[-3], m_sp[-2], value)) THROW();
    m_sp[-3] = value;
    m_sp -= 2;
    RESUME();
  }
  TH_CASE(GetMethod) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SAVE();
    Value object = m_sp[-1];
    Value result = Get(object, name);
    if (result.IsException()) THROW();
    m_sp[-1] = result;
    *m_sp++ = object;
    RESUME();
  }
  TH_CASE(GetMethodElem) {
    SAVE();
    Value object = m_sp[-2];
    Value result = GetElement(object, m_sp[-1]);
    if (result.IsException()) THROW();
    m_sp[-2] = result;
    m_sp[-1] = object;
    RESUME();
  }
  TH_CASE(DeleteProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SAVE();
    if (m_sp[-1].IsNullish()) {
      ThrowTypeError("Cannot convert undefined or null to object");
      THROW();
    }
    m_sp[-1] = Value::Bool(DeleteProperty(m_sp[-1], name));
    RESUME();
  }
  TH_CASE(DeleteElem) {
    SAVE();
    HeapString* key = ToPropertyKey(m_sp[-1]);
    if (!key) THROW();
    m_sp[-2] = Value::Bool(DeleteProperty(m_sp[-2], key));
    --m_sp;
    RESUME();
  }

  // [SECTION] Operators
#define TH_NUMERIC_BINARY(name, expression)                      \
  TH_CASE(name) {                                                \
    Value b = sp[-1], a = sp[-2];                                \
    double x, y;                                                 \
    if (a.IsNumber() && b.IsNumber()) {                          \
      x = a.number;                                              \
      y = b.number;                                              \
      sp[-2] = Value::Number(expression);                        \
      --sp;                                                      \
      TH_NEXT();                                                 \
    }                                                            \
    SAVE();                                                      \
    if (!OperandsToNumbers(&x, &y)) THROW();                     \
    m_sp[-2] = Value::Number(expression);                        \
    --m_sp;                                                      \
    RESUME();                                                    \
  }

  TH_CASE(Add) {
    Value b = sp[-1], a = sp[-2];
    if (a.IsNumber() && b.IsNumber()) {
      sp[-2] = Value::Number(a.number + b.number);
      --sp;
      TH_NEXT();
    }
    SAVE();
    if (!AddGeneric()) THROW();
    RESUME();
  }
  TH_NUMERIC_BINARY(Sub, x - y)
  TH_NUMERIC_BINARY(Mul, x * y)
  TH_NUMERIC_BINARY(Div, x / y)
  TH_NUMERIC_BINARY(Mod, Modulo(x, y))
  TH_NUMERIC_BINARY(Pow, (std::isnan(y) || ((x == 1 || x == -1) && std::isinf(y))) ? std::nan("") : std::pow(x, y))
  TH_NUMERIC_BINARY(BitAnd, static_cast<double>(ToInt32(x) & ToInt32(y)))
  TH_NUMERIC_BINARY(BitOr, static_cast<double>(ToInt32(x) | ToInt32(y)))
  TH_NUMERIC_BINARY(BitXor, static_cast<double>(ToInt32(x) ^ ToInt32(y)))
  TH_NUMERIC_BINARY(Shl, static_cast<double>(static_cast<int32_t>(ToUint32(x) << (ToUint32(y) & 31))))
  TH_NUMERIC_BINARY(Shr, static_cast<double>(ToInt32(x) >> (ToUint32(y) & 31)))
  TH_NUMERIC_BINARY(UShr, static_cast<double>(ToUint32(x) >> (ToUint32(y) & 31)))
#undef TH_NUMERIC_BINARY

  TH_CASE(Eq) {
    SAVE();
    bool ok;
    bool equal = LooseEquals(m_sp[-2], m_sp[-1], &ok);
    if (!ok) THROW();
    m_sp[-2] = Value::Bool(equal);
    --m_sp;
    RESUME();
  }
  TH_CASE(Ne) {
    SAVE();
    bool ok;
    bool equal = LooseEquals(m_sp[-2], m_sp[-1], &ok);
    if (!ok) THROW();
    m_sp[-2] = Value::Bool(!equal);
    --m_sp;
    RESUME();
  }
  TH_CASE(StrictEq) {
    sp[-2] = Value::Bool(StrictEquals(sp[-2], sp[-1]));
    --sp;
    TH_NEXT();
  }
  TH_CASE(StrictNe) {
    sp[-2] = Value::Bool(!StrictEquals(sp[-2], sp[-1]));
    --sp;
    TH_NEXT();
  }

#define TH_COMPARE(name, op)                          \
  TH_CASE(name) {                                     \
    Value a = sp[-2], b = sp[-1];                     \
    if (a.IsNumber() && b.IsNumber()) {               \
      sp[-2] = Value::Bool(a.number op b.number);     \
      --sp;                                           \
      TH_NEXT();                                      \
    }                                                 \
    SAVE();                                           \
    if (!CompareGeneric(Op::name)) THROW();           \
    RESUME();                                         \
  }
  TH_COMPARE(Lt, <)
  TH_COMPARE(Le, <=)
  TH_COMPARE(Gt, >)
  TH_COMPARE(Ge, >=)
#undef TH_COMPARE

  TH_CASE(In) {
    SAVE();
    if (!InOperator()) THROW();
    RESUME();
  }
  TH_CASE(InstanceOf) {
    SAVE();
    if (!InstanceOfOperator()) THROW();
    RESUME();
  }
  TH_CASE(Neg) {
    if (sp[-1].IsNumber()) {
      sp[-1] = Value::Number(-sp[-1].number);
      TH_NEXT();
    }
    SAVE();
    double x;
    if (!ToNumber(m_sp[-1], &x)) THROW();
    m_sp[-1] = Value::Number(-x);
    RESUME();
  }
  TH_CASE(ToNumber) {
    if (sp[-1].IsNumber()) TH_NEXT();
    SAVE();
    double x;
    if (!ToNumber(m_sp[-1], &x)) THROW();
    m_sp[-1] = Value::Number(x);
    RESUME();
  }
  TH_CASE(Not) { sp[-1] = Value::Bool(!ToBoolean(sp[-1])); TH_NEXT(); }
  TH_CASE(BitNot) {
    SAVE();
    double x;
    if (!ToNumber(m_sp[-1], &x)) THROW();
    m_sp[-1] = Value::Number(static_cast<double>(~ToInt32(x)));
    RESUME();
  }
  TH_CASE(Typeof) {
    SAVE();
    HeapString* type = TypeOf(m_sp[-1]);
    m_sp[-1] = Value::String(type);
    RESUME();
  }
  TH_CASE(Inc) { sp[-1] = Value::Number(sp[-1].number + 1); TH_NEXT(); }
  TH_CASE(Dec) { sp[-1] = Value::Number(sp[-1].number - 1); TH_NEXT(); }
  TH_CASE(ToString) {
    if (sp[-1].IsString()) TH_NEXT();
    SAVE();
    HeapString* text = ToString(m_sp[-1]);
    if (!text) THROW();
    m_sp[-1] = Value::String(text);
    RESUME();
  }

  // [SECTION] Control flow, calls and returns
  TH_CASE(Jump) {
    ip += 4 + ReadI32(ip);
    TH_NEXT();
  }
  TH_CASE(JumpIfFalse) {
    Value condition = POP();
    bool truthy = condition.IsBool() ? condition.boolean : ToBoolean(condition);
    ip += truthy ? 4 : 4 + ReadI32(ip);
    TH_NEXT();
  }
  TH_CASE(JumpIfTrue) {
    Value condition = POP();
    bool truthy = condition.IsBool() ? condition.boolean : ToBoolean(condition);
    ip += truthy ? 4 + ReadI32(ip) : 4;
    TH_NEXT();
  }
  TH_CASE(AndJump) {
    if (!ToBoolean(sp[-1])) {
      ip += 4 + ReadI32(ip);
    } else {
      --sp;
      ip += 4;
    }
    TH_NEXT();
  }
  TH_CASE(OrJump) {
    if (ToBoolean(sp[-1])) {
      ip += 4 + ReadI32(ip);
    } else {
      --sp;
      ip += 4;
    }
    TH_NEXT();
  }
  TH_CASE(NullishJump) {
    if (!sp[-1].IsNullish()) {
      ip += 4 + ReadI32(ip);
    } else {
      --sp;
      ip += 4;
    }
    TH_NEXT();
  }
  TH_CASE(OptionalJump) {
    uint8_t extra = ip[0];
    if (sp[-1].IsNullish()) {
      sp -= 1 + extra;
      PUSH(Value::Undefined());
      ip += 5 + ReadI32(ip + 1);
    } else {
      ip += 5;
    }
    TH_NEXT();
  }
  TH_CASE(JumpIfNotStrictEq) {
    Value c = POP();
    ip += StrictEquals(sp[-1], c) ? 4 : 4 + ReadI32(ip);
    TH_NEXT();
  }
  TH_CASE(Call) {
    int argc = *ip++;
    SYNC();
    Value* callee_slot = sp - argc - 2;
    Value callee = *callee_slot;
    if (callee.IsObject() && callee.object->kind() == ObjKind::Closure) {
      // Fast path: a plain JavaScript function (no `arguments`, rest or async) gets its frame
      // here; everything else goes through CallValue.
      Closure* closure = static_cast<Closure*>(callee.object);
      const FunctionCode* callee_code = closure->proto()->code();
      Value* new_base = callee_slot + 2;
      Value* locals_end = new_base + callee_code->local_count;
      if (callee_code->simple_frame && m_frame_count < m_options.max_call_depth &&
          locals_end + callee_code->max_stack + 8 < m_stack_end) {
        const int params = callee_code->param_count;
        for (Value* slot = new_base + (argc < params ? argc : params); slot < locals_end; ++slot) {
          *slot = Value::Undefined();
        }
        sp = locals_end;
        PushFrameRecord(closure, callee_code->code.data(), new_base, kNormal, Value::Undefined());
        if (m_observer && !callee_code->is_builtin) {
          SAVE();
          m_observer->OnCallPush(FrameName(closure), callee_code->line, callee_code->is_program);
          LOAD();
        }
        TH_LOAD_FRAME();
        TH_NEXT();
      }
    }
    SAVE();
    uint32_t depth = m_frame_count;
    if (!CallValue(callee_slot, argc, kNormal, Value::Undefined())) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    RESUME();
  }
  TH_CASE(CallSpread) {
    SYNC();
    SAVE();
    Value list = *--m_sp;
    Value* callee_slot = m_sp - 2;
    auto& items = static_cast<JsArray*>(list.object)->items();
    if (m_sp + items.size() + 8 >= m_stack_end) {
      ThrowRangeError("Maximum call stack size exceeded");
      THROW();
    }
    for (const Value& item : items) *m_sp++ = item.IsEmpty() ? Value::Undefined() : item;
    uint32_t depth = m_frame_count;
    if (!CallValue(callee_slot, static_cast<int>(items.size()), kNormal, Value::Undefined())) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    RESUME();
  }
  TH_CASE(New) {
    int argc = *ip++;
    SYNC();
    SAVE();
    uint32_t depth = m_frame_count;
    if (!ConstructFromStack(argc)) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    RESUME();
  }
  TH_CASE(NewSpread) {
    SYNC();
    SAVE();
    Value list = *--m_sp;
    auto& items = static_cast<JsArray*>(list.object)->items();
    if (m_sp + items.size() + 8 >= m_stack_end) {
      ThrowRangeError("Maximum call stack size exceeded");
      THROW();
    }
    for (const Value& item : items) *m_sp++ = item.IsEmpty() ? Value::Undefined() : item;
    uint32_t depth = m_frame_count;
    if (!ConstructFromStack(static_cast<int>(items.size()))) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    RESUME();
  }
  TH_CASE(Return) {
    if (frame->kind == kNormal && m_frame_count - 1 > stop_depth && m_handlers.size() == frame->handler_base) {
      // Fast path: a plain call returns to the frame below in this loop.
      Value result = sp[-1];
      Value* callee_slot = base - 2;
      if (m_observer && !code->is_builtin) {
        // (Reported with the locals and the result still on the stack, as FinishFrameReturn
        // does; the observer does not allocate.)
        SAVE();
        m_observer->OnCallPop(FrameName(frame->closure), code->is_program);
        LOAD();
      }
      --m_frame_count;
      *callee_slot = result;
      sp = callee_slot + 1;
      TH_LOAD_FRAME();
      TH_NEXT();
    }
    Value result = POP();
    SYNC();
    SAVE();
    FinishFrameReturn(result);
    if (m_frame_count <= stop_depth) return RunStatus::Done;
    TH_LOAD_FRAME();
    RESUME();
  }
  TH_CASE(Await) {
    SYNC();
    Value value = POP();
    SAVE();
    if (!AwaitValue(value)) THROW();
    if (m_frame_count <= stop_depth) return RunStatus::Done;
    TH_LOAD_FRAME();
    RESUME();
  }
  TH_CASE(GeneratorStart) {
    SYNC();
    SAVE();
    if (!StartGenerator()) THROW();
    if (m_frame_count <= stop_depth) return RunStatus::Done;
    TH_LOAD_FRAME();
    RESUME();
  }
  TH_CASE(Yield) {
    SYNC();
    Value value = POP();
    SAVE();
    if (frame->kind == kAsyncGenerator) {
      if (!AsyncGeneratorYield(value)) THROW();
    } else {
      YieldValue(value);
    }
    if (m_frame_count <= stop_depth) return RunStatus::Done;
    TH_LOAD_FRAME();
    RESUME();
  }
  TH_CASE(YieldStar) {
    SYNC();
    SAVE();
    const DelegateResult result = StartDelegation();
    if (result == DelegateResult::Threw) THROW();
    if (result == DelegateResult::Yielded && m_frame_count <= stop_depth) return RunStatus::Done;
    TH_LOAD_FRAME();
    if (result == DelegateResult::Done) ip += 4;  // the iterable was empty: go on past the operand
    RESUME();
  }
  TH_CASE(Throw) {
    m_exception = POP();
    m_has_exception = true;
    SAVE();
    RecordThrowSite();
    THROW();
  }
  TH_CASE(Rethrow) {
    m_exception = POP();
    m_has_exception = true;
    m_throw_site_valid = true;  // still the site of the original throw
    SAVE();
    THROW();
  }
  TH_CASE(PushHandler) {
    uint32_t target = static_cast<uint32_t>((ip + 4 + ReadI32(ip)) - code->code.data());
    ip += 4;
    m_handlers.push_back({m_frame_count - 1, target, static_cast<uint32_t>(sp - base)});
    TH_NEXT();
  }
  TH_CASE(PopHandler) {
    m_handlers.pop_back();
    TH_NEXT();
  }

  // [SECTION] Literals, iteration, destructuring
  TH_CASE(NewObject) {
    SAVE();
    JsObject* object = NewObject();
    *m_sp++ = Value::Object(object);
    RESUME();
  }
  TH_CASE(NewArray) {
    SAVE();
    JsArray* array = NewArray();
    *m_sp++ = Value::Object(array);
    RESUME();
  }
  TH_CASE(NewRegExp) {
    SAVE();
    Value regexp = detail::NewRegExp(*this, m_sp[-2], m_sp[-1]);
    if (regexp.IsException()) THROW();
    m_sp[-2] = regexp;
    --m_sp;
    RESUME();
  }
  TH_CASE(ArrayPush) {
    Value value = POP();
    static_cast<JsArray*>(sp[-1].object)->items().push_back(value);
    TH_NEXT();
  }
  TH_CASE(ArrayHole) {
    static_cast<JsArray*>(sp[-1].object)->items().push_back(Value::Empty());
    TH_NEXT();
  }
  TH_CASE(ArraySpread) {
    SYNC();
    SAVE();
    if (!SpreadIntoArray()) THROW();
    RESUME();
  }
  TH_CASE(DefineProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SAVE();
    Value value = *--m_sp;
    DefineOwn(static_cast<JsObject*>(m_sp[-1].object), name, value);
    RESUME();
  }
  TH_CASE(DefineElem) {
    SYNC();
    SAVE();
    HeapString* key = ToPropertyKey(m_sp[-2]);
    if (!key) THROW();
    DefineOwn(static_cast<JsObject*>(m_sp[-3].object), key, m_sp[-1]);
    m_sp -= 2;
    RESUME();
  }
  TH_CASE(ObjectSpread) {
    SYNC();
    SAVE();
    if (!SpreadIntoObject()) THROW();
    RESUME();
  }
  TH_CASE(ClassBase) {
    SYNC();
    SAVE();
    if (!MakeClass(false)) THROW();
    RESUME();
  }
  TH_CASE(ClassDerived) {
    SYNC();
    SAVE();
    if (!MakeClass(true)) THROW();
    RESUME();
  }
  TH_CASE(DefineMethod) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SAVE();
    DefineMethod(name);
    RESUME();
  }
  TH_CASE(DefineMethodElem) {
    SYNC();
    SAVE();
    if (!DefineMethodElem()) THROW();
    RESUME();
  }
  TH_CASE(SuperBase) {
    SYNC();
    SAVE();
    if (!PushSuperBase()) THROW();
    RESUME();
  }
  TH_CASE(GetSuperProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SYNC();
    SAVE();
    const Value found = GetFrom(m_sp[-1], name, base[-1]);
    if (found.IsException()) THROW();
    m_sp[-1] = found;
    RESUME();
  }
  TH_CASE(SuperCall) {
    SYNC();
    SAVE();
    uint32_t depth = m_frame_count;
    if (!SuperCallFromStack()) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    RESUME();
  }
  TH_CASE(BindThis) {
    SYNC();
    SAVE();
    if (!BindThis()) THROW();
    RESUME();
  }
  TH_CASE(DefineAccessor) {
    const uint8_t kind = *ip++;
    SYNC();
    SAVE();
    if (!DefineAccessor(kind)) THROW();
    RESUME();
  }
  TH_CASE(ClassFields) {
    SAVE();
    PushClassFields();
    RESUME();
  }
  TH_CASE(SetHomeObject) {
    SAVE();
    SetHomeObject();
    RESUME();
  }
  TH_CASE(SetFunctionName) {
    SAVE();
    Value function = m_sp[-1];
    if (function.IsObject() && function.object->kind() == ObjKind::Closure) {
      HeapString* key = ToPropertyKey(m_sp[-2]);
      if (!key) THROW();
      static_cast<Closure*>(function.object)->set_name(FunctionNameFor(key));
    }
    RESUME();
  }
  TH_CASE(NewPrivateName) {
    // (No std::string local: the dispatch's indirect goto may not leave a destructor's scope.)
    HeapString* description = consts[ReadU16(ip)].AsString();
    ip += 2;
    SAVE();
    HeapString* symbol = NewSymbol(description->text(), true);
    symbol->MakePrivate();
    *m_sp++ = Value::Symbol(symbol);
    RESUME();
  }
  TH_CASE(IterInit) {
    SYNC();
    SAVE();
    Value iterator = MakeIterator(m_sp[-1]);
    if (iterator.IsException()) THROW();
    m_sp[-1] = iterator;
    RESUME();
  }
  TH_CASE(IterNext) {
    SAVE();
    IteratorObject* it = static_cast<IteratorObject*>(m_sp[-1].object);
    Value next = IteratorStep(it);
    if (next.IsException()) THROW();
    if (next.IsEmpty()) {
      ip += 4 + ReadI32(ip);
    } else {
      ip += 4;
      *m_sp++ = next;
    }
    RESUME();
  }
  TH_CASE(IterValue) {
    SAVE();
    IteratorObject* it = static_cast<IteratorObject*>(m_sp[-1].object);
    Value next = IteratorStep(it);
    if (next.IsException()) THROW();
    *m_sp++ = next.IsEmpty() ? Value::Undefined() : next;
    RESUME();
  }
  TH_CASE(IterClose) {
    SAVE();
    if (!IteratorClose(static_cast<IteratorObject*>(m_sp[-1].object))) THROW();
    --m_sp;
    RESUME();
  }
  TH_CASE(IterCloseUnder) {
    const int distance = *ip++;
    SAVE();
    if (!IteratorClose(static_cast<IteratorObject*>(m_sp[-1 - distance].object))) THROW();
    RESUME();
  }
  TH_CASE(IterRest) {
    SYNC();
    SAVE();
    if (!IteratorRest()) THROW();
    RESUME();
  }
  TH_CASE(ForInInit) {
    SYNC();
    SAVE();
    ForInKeys();
    RESUME();
  }
  TH_CASE(RequireObject) {
    HeapString* first = consts[ReadU16(ip)].AsString();
    ip += 2;
    if (sp[-1].IsNullish()) {
      SAVE();
      ThrowCannotDestructure(m_sp[-1], first);
      THROW();
    }
    TH_NEXT();
  }
  TH_CASE(ObjectRest) {
    SYNC();
    SAVE();
    if (!ObjectRestCopy()) THROW();
    RESUME();
  }
  TH_CASE(Extended) {
    const auto op = static_cast<ExtendedOp>(ip[0]);
    const uint16_t argument = ReadU16(ip + 1);
    ip += 3;
    SYNC();
    SAVE();
    if (!RunExtended(op, argument)) THROW();
    RESUME();
  }

#if !defined(TH_COMPUTED_GOTO)
    default:
      goto statement_start;
  }
#endif

  // [SECTION] The slow path, statement starts and exceptions
slow_path:
  // The countdown ran out before the instruction at `ip` executed.
  frame->ip = ip;
  m_sp = sp;
  m_countdown = 0;
  if (!CheckSlowPath()) {
    if (m_terminating) {
      std::string message = m_termination_message;
      int exit_code = m_termination_exit_code;
      m_terminating = false;
      Terminate(message, exit_code);
      m_terminating = m_native_depth > 0;
      return RunStatus::Terminated;
    }
    m_pause_requested = false;
    return RunStatus::Paused;
  }
#if defined(TH_COMPUTED_GOTO)
  dispatch = (m_observer ? &kTraced : &kUntraced)->plain.labels;
#else
  op_mask = m_observer ? 0xFF : kOpMask;
#endif
  LOAD();
  --countdown;
#if defined(TH_COMPUTED_GOTO)
  goto* dispatch[*ip++];
#else
  op = *ip++ & op_mask;
  goto dispatch_op;
#endif

statement_start:
  // A traced VM reached the first instruction of a statement (ip is past its opcode byte, and
  // the countdown already counts it): report the line as of before it, then run it.
  if (const PositionEntry* position = code->StatementAt(static_cast<uint32_t>(ip - 1 - code->code.data()))) {
    ++countdown;
    SAVE();
    m_observer->OnLine(code->file, position->line, position->col);
    LOAD();
    --countdown;
  }
  TH_DISPATCH_PLAIN();

throw_tdz:
  // A let/const/class binding read or assigned before its declaration ran (the name is the
  // instruction's second operand).
  SAVE();
  ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
  goto throw_exception;

throw_exception:
  // The state is saved: m_sp is the stack as the failing instruction left it.
  SYNC();
  if (m_frame_count > 0 && !m_throw_site_valid) RecordThrowSite();
  if (!Unwind(stop_depth)) return m_terminating ? RunStatus::Terminated : RunStatus::Threw;
  if (m_frame_count <= stop_depth) return RunStatus::Done;
  TH_LOAD_FRAME();
  RESUME();

#undef PUSH
#undef POP
#undef THROW
#undef SYNC
#undef RESUME
#undef SAVE
#undef LOAD
#undef TH_NEXT
#undef TH_CASE
#undef TH_DISPATCH_PLAIN
#undef TH_LOAD_FRAME
}

}  // namespace th
