// The dispatch loop: one function, one label per opcode (computed goto where the compiler
// has it, a switch elsewhere). Frame pushes, returns, unwinding and the budget slow path are in
// frames.cpp; stepping and jobs in run.cpp and promise.cpp.
#include <cmath>
#include <cstring>

// The dispatch loop uses computed goto (labels as values) where the compiler offers it: a
// GNU extension that -Wpedantic reports.
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wpedantic"
#endif

#include "lang/diagnostic.h"
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
  if (std::isnan(value) || std::isinf(value)) return 0;
  double truncated = std::trunc(value);
  double modulo = std::fmod(truncated, 4294967296.0);
  if (modulo < 0) modulo += 4294967296.0;
  uint32_t bits = static_cast<uint32_t>(modulo);
  return static_cast<int32_t>(bits);
}
uint32_t ToUint32(double value) { return static_cast<uint32_t>(ToInt32(value)); }

}  // namespace

// [SECTION] The dispatch loop
RunStatus Vm::Run(uint32_t stop_depth) {
  if (m_frame_count <= stop_depth) return RunStatus::Done;
  CallFrame* frame;
  const uint8_t* ip;
  Value* base;
  Value* consts;
  const FunctionCode* code;

#define TH_LOAD_FRAME()                               \
  do {                                                \
    frame = &m_frames[m_frame_count - 1];             \
    ip = frame->ip;                                   \
    base = frame->base;                               \
    consts = frame->closure->proto()->constants().data(); \
    code = frame->closure->proto()->code();           \
  } while (0)

  TH_LOAD_FRAME();

#if defined(__GNUC__) || defined(__clang__)
#define TH_COMPUTED_GOTO 1
  static void* const kDispatch[] = {
#define TH_OP_LABEL(name, format, effect) &&op_##name,
      TH_OPCODE_LIST(TH_OP_LABEL)
#undef TH_OP_LABEL
  };
#define TH_CASE(name) op_##name:
#define TH_NEXT()                                        \
  do {                                                   \
    if (--m_countdown < 0) goto slow_path;               \
    frame->ip = ip + 1;                                  \
    goto* kDispatch[*ip++];                              \
  } while (0)
#else
#define TH_CASE(name) case Op::name:
#define TH_NEXT() goto next
#endif

#define PUSH(v) (*m_sp++ = (v))
#define POP() (*--m_sp)
#define PEEK(n) (m_sp[-1 - (n)])
#define THROW() goto throw_exception
#define SYNC() (frame->ip = ip)

  TH_NEXT();

#if !defined(TH_COMPUTED_GOTO)
next:
  if (--m_countdown < 0) goto slow_path;
  frame->ip = ip + 1;
  switch (static_cast<Op>(*ip++)) {
#endif

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
    FunctionProto* proto = frame->closure->proto()->children()[index];
    Closure* closure = m_heap->New<Closure>(m_realm.function_proto, proto);
    const FunctionCode* child = proto->code();
    auto& upvalues = closure->upvalues();
    upvalues.reserve(child->captures.size());
    for (const CaptureSource& source : child->captures) {
      upvalues.push_back(source.from_local ? base[source.index].object : frame->closure->upvalues()[source.index]);
    }
    PUSH(Value::Object(closure));
    TH_NEXT();
  }
  TH_CASE(This) { PUSH(base[-1]); TH_NEXT(); }
  TH_CASE(Callee) { PUSH(base[-2]); TH_NEXT(); }
  TH_CASE(Pop) { --m_sp; TH_NEXT(); }
  TH_CASE(Dup) { *m_sp = m_sp[-1]; ++m_sp; TH_NEXT(); }
  TH_CASE(Dup2) {
    m_sp[0] = m_sp[-2];
    m_sp[1] = m_sp[-1];
    m_sp += 2;
    TH_NEXT();
  }
  TH_CASE(Swap) { std::swap(m_sp[-1], m_sp[-2]); TH_NEXT(); }
  TH_CASE(Rot3) {
    Value a = m_sp[-3];
    m_sp[-3] = m_sp[-2];
    m_sp[-2] = m_sp[-1];
    m_sp[-1] = a;
    TH_NEXT();
  }
  TH_CASE(GetLocal) { PUSH(base[ReadU16(ip)]); ip += 2; TH_NEXT(); }
  TH_CASE(SetLocal) { base[ReadU16(ip)] = m_sp[-1]; ip += 2; TH_NEXT(); }
  TH_CASE(StoreLocal) { base[ReadU16(ip)] = POP(); ip += 2; TH_NEXT(); }
  TH_CASE(GetLocalTdz) {
    Value value = base[ReadU16(ip)];
    if (value.IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
    ip += 4;
    PUSH(value);
    TH_NEXT();
  }
  TH_CASE(CheckLocalTdz) {
    if (base[ReadU16(ip)].IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
    ip += 4;
    TH_NEXT();
  }
  TH_CASE(InitTdz) { base[ReadU16(ip)] = Value::Empty(); ip += 2; TH_NEXT(); }
  TH_CASE(NewBox) {
    Box* box = m_heap->New<Box>(Value::Empty());
    base[ReadU16(ip)] = Value::Object(box);
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(BoxLocal) {
    uint16_t slot = ReadU16(ip);
    Box* box = m_heap->New<Box>(base[slot]);
    base[slot] = Value::Object(box);
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(CopyBox) {
    uint16_t slot = ReadU16(ip);
    Box* box = m_heap->New<Box>(static_cast<Box*>(base[slot].object)->value);
    base[slot] = Value::Object(box);
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(GetBox) { PUSH(static_cast<Box*>(base[ReadU16(ip)].object)->value); ip += 2; TH_NEXT(); }
  TH_CASE(GetBoxTdz) {
    Value value = static_cast<Box*>(base[ReadU16(ip)].object)->value;
    if (value.IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
    ip += 4;
    PUSH(value);
    TH_NEXT();
  }
  TH_CASE(SetBox) { static_cast<Box*>(base[ReadU16(ip)].object)->value = m_sp[-1]; ip += 2; TH_NEXT(); }
  TH_CASE(StoreBox) { static_cast<Box*>(base[ReadU16(ip)].object)->value = POP(); ip += 2; TH_NEXT(); }
  TH_CASE(CheckBoxTdz) {
    if (static_cast<Box*>(base[ReadU16(ip)].object)->value.IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
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
    if (value.IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
    ip += 4;
    PUSH(value);
    TH_NEXT();
  }
  TH_CASE(SetUpval) {
    static_cast<Box*>(frame->closure->upvalues()[ReadU16(ip)])->value = m_sp[-1];
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(CheckUpvalTdz) {
    if (static_cast<Box*>(frame->closure->upvalues()[ReadU16(ip)])->value.IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
    ip += 4;
    TH_NEXT();
  }
  TH_CASE(GetGlobal) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SYNC();
    if (Property* property = m_realm.global->props().Find(name)) {
      PUSH(property->value);
      TH_NEXT();
    }
    Value hosted = m_host->HostGlobal(*this, name->text());
    if (!hosted.IsEmpty()) {
      if (hosted.IsException()) THROW();
      PUSH(hosted);
      TH_NEXT();
    }
    static const char* const kHostNames[] = {"process", "setTimeout", "setInterval", "setImmediate", "clearTimeout",
                                             "clearInterval", "clearImmediate", "Worker", "structuredClone",
                                             "SharedArrayBuffer", "Atomics", "fetch", "Buffer"};
    for (const char* host_name : kHostNames) {
      if (name->text() == host_name) {
        ThrowError(name->text() + " is not available in Threadhouse yet");
        THROW();
      }
    }
    ThrowReferenceError(name->text() + " is not defined");
    THROW();
  }
  TH_CASE(TypeofGlobal) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SYNC();
    Property* property = m_realm.global->props().Find(name);
    if (property) {
      PUSH(property->value);
    } else {
      Value hosted = m_host->HostGlobal(*this, name->text());
      PUSH(hosted.IsEmpty() || hosted.IsException() ? Value::Undefined() : hosted);
    }
    TH_NEXT();
  }
  TH_CASE(SetGlobal) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SYNC();
    if (!Set(Value::Object(m_realm.global), name, m_sp[-1])) THROW();
    TH_NEXT();
  }
  TH_CASE(ConstAssign) {
    ip += 2;
    ThrowTypeError("Assignment to constant variable.");
    THROW();
  }
  TH_CASE(GetProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    Value object = m_sp[-1];
    if (object.IsObject() && object.object->kind() == ObjKind::Object) {
      // Fast path: own or inherited data property of an ordinary object.
      JsObject* o = static_cast<JsObject*>(object.object);
      Property* property = o->props().Find(name);
      if (property) {
        m_sp[-1] = property->value;
        TH_NEXT();
      }
    }
    Value result = Get(object, name);
    if (result.IsException()) THROW();
    m_sp[-1] = result;
    TH_NEXT();
  }
  TH_CASE(SetProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    Value object = m_sp[-2];
    Value value = m_sp[-1];
    if (object.IsObject() && object.object->kind() == ObjKind::Object) {
      JsObject* o = static_cast<JsObject*>(object.object);
      Property* property = o->props().Find(name);
      if (property && (property->flags & kWritable) && !o->frozen()) {
        property->value = value;
        m_sp[-2] = value;
        --m_sp;
        TH_NEXT();
      }
    }
    if (!Set(object, name, value)) THROW();
    m_sp[-2] = value;
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(GetElem) {
    Value result = GetElement(m_sp[-2], m_sp[-1]);
    if (result.IsException()) THROW();
    m_sp[-2] = result;
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(SetElem) {
    Value value = m_sp[-1];
    if (!SetElement(m_sp[-3], m_sp[-2], value)) THROW();
    m_sp[-3] = value;
    m_sp -= 2;
    TH_NEXT();
  }
  TH_CASE(GetMethod) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    Value object = m_sp[-1];
    Value result = Get(object, name);
    if (result.IsException()) THROW();
    m_sp[-1] = result;
    PUSH(object);
    TH_NEXT();
  }
  TH_CASE(GetMethodElem) {
    Value object = m_sp[-2];
    Value result = GetElement(object, m_sp[-1]);
    if (result.IsException()) THROW();
    m_sp[-2] = result;
    m_sp[-1] = object;
    TH_NEXT();
  }
  TH_CASE(DeleteProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    if (m_sp[-1].IsNullish()) {
      ThrowTypeError("Cannot convert undefined or null to object");
      THROW();
    }
    m_sp[-1] = Value::Bool(DeleteProperty(m_sp[-1], name));
    TH_NEXT();
  }
  TH_CASE(DeleteElem) {
    HeapString* key = ToPropertyKey(m_sp[-1]);
    if (!key) THROW();
    m_sp[-2] = Value::Bool(DeleteProperty(m_sp[-2], key));
    --m_sp;
    TH_NEXT();
  }

#define TH_NUMERIC_BINARY(name, expression)                      \
  TH_CASE(name) {                                                \
    Value b = m_sp[-1], a = m_sp[-2];                            \
    double x, y;                                                 \
    if (a.IsNumber() && b.IsNumber()) {                          \
      x = a.number;                                              \
      y = b.number;                                              \
    } else {                                                     \
      if (!ToNumber(a, &x)) THROW();                             \
      if (!ToNumber(m_sp[-1], &y)) THROW();                      \
    }                                                            \
    m_sp[-2] = Value::Number(expression);                        \
    --m_sp;                                                      \
    TH_NEXT();                                                   \
  }

  TH_CASE(Add) {
    Value b = m_sp[-1], a = m_sp[-2];
    if (a.IsNumber() && b.IsNumber()) {
      m_sp[-2] = Value::Number(a.number + b.number);
      --m_sp;
      TH_NEXT();
    }
    if (a.IsObject()) {
      a = ToPrimitive(a, false);
      if (a.IsException()) THROW();
      m_sp[-2] = a;
    }
    if (b.IsObject()) {
      b = ToPrimitive(b, false);
      if (b.IsException()) THROW();
      m_sp[-1] = b;
    }
    if (a.IsString() || b.IsString()) {
      HeapString* left = ToString(a);
      if (!left) THROW();
      m_sp[-2] = Value::String(left);
      HeapString* right = ToString(b);
      if (!right) THROW();
      m_sp[-1] = Value::String(right);
      size_t total = left->ByteLength() + right->ByteLength();
      if (total > (1u << 29)) {
        ThrowRangeError("Invalid string length");
        THROW();
      }
      HeapString* result;
      if (left->ByteLength() == 0) {
        result = right;
      } else if (right->ByteLength() == 0) {
        result = left;
      } else if (total >= 64) {
        // Long results become ropes: building a string piece by piece stays linear.
        result = m_heap->New<HeapString>(left, right);
        m_heap->NoteGrowth(total / 8);
      } else {
        std::string joined;
        joined.reserve(total);
        joined += left->text();
        joined += right->text();
        result = NewString(std::move(joined));
      }
      m_sp[-2] = Value::String(result);
      --m_sp;
      TH_NEXT();
    }
    m_sp[-2] = Value::Number(ToNumberPrimitive(a) + ToNumberPrimitive(b));
    --m_sp;
    TH_NEXT();
  }
  TH_NUMERIC_BINARY(Sub, x - y)
  TH_NUMERIC_BINARY(Mul, x * y)
  TH_NUMERIC_BINARY(Div, x / y)
  TH_NUMERIC_BINARY(Mod, std::fmod(x, y))
  TH_NUMERIC_BINARY(Pow, (std::isnan(y) || ((x == 1 || x == -1) && std::isinf(y))) ? std::nan("") : std::pow(x, y))
  TH_NUMERIC_BINARY(BitAnd, static_cast<double>(ToInt32(x) & ToInt32(y)))
  TH_NUMERIC_BINARY(BitOr, static_cast<double>(ToInt32(x) | ToInt32(y)))
  TH_NUMERIC_BINARY(BitXor, static_cast<double>(ToInt32(x) ^ ToInt32(y)))
  TH_NUMERIC_BINARY(Shl, static_cast<double>(static_cast<int32_t>(ToUint32(x) << (ToUint32(y) & 31))))
  TH_NUMERIC_BINARY(Shr, static_cast<double>(ToInt32(x) >> (ToUint32(y) & 31)))
  TH_NUMERIC_BINARY(UShr, static_cast<double>(ToUint32(x) >> (ToUint32(y) & 31)))
#undef TH_NUMERIC_BINARY

  TH_CASE(Eq) {
    bool ok;
    bool equal = LooseEquals(m_sp[-2], m_sp[-1], &ok);
    if (!ok) THROW();
    m_sp[-2] = Value::Bool(equal);
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(Ne) {
    bool ok;
    bool equal = LooseEquals(m_sp[-2], m_sp[-1], &ok);
    if (!ok) THROW();
    m_sp[-2] = Value::Bool(!equal);
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(StrictEq) {
    m_sp[-2] = Value::Bool(StrictEquals(m_sp[-2], m_sp[-1]));
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(StrictNe) {
    m_sp[-2] = Value::Bool(!StrictEquals(m_sp[-2], m_sp[-1]));
    --m_sp;
    TH_NEXT();
  }

#define TH_COMPARE(name, op, swap_args, negate_undefined)                                  \
  TH_CASE(name) {                                                                          \
    Value a = m_sp[-2], b = m_sp[-1];                                                      \
    if (a.IsNumber() && b.IsNumber()) {                                                    \
      m_sp[-2] = Value::Bool(a.number op b.number);                                        \
      --m_sp;                                                                              \
      TH_NEXT();                                                                           \
    }                                                                                      \
    if (a.IsObject()) {                                                                    \
      a = ToPrimitive(a, false);                                                           \
      if (a.IsException()) THROW();                                                        \
      m_sp[-2] = a;                                                                        \
    }                                                                                      \
    if (b.IsObject()) {                                                                    \
      b = ToPrimitive(b, false);                                                           \
      if (b.IsException()) THROW();                                                        \
      m_sp[-1] = b;                                                                        \
    }                                                                                      \
    bool result;                                                                           \
    if (a.IsString() && b.IsString()) {                                                   \
      result = a.AsString()->text() op b.AsString()->text();                               \
    } else {                                                                               \
      double x = ToNumberPrimitive(a), y = ToNumberPrimitive(b);                           \
      result = (std::isnan(x) || std::isnan(y)) ? false : (x op y);                        \
    }                                                                                      \
    m_sp[-2] = Value::Bool(result);                                                        \
    --m_sp;                                                                                \
    TH_NEXT();                                                                             \
  }
  TH_COMPARE(Lt, <, false, false)
  TH_COMPARE(Le, <=, false, false)
  TH_COMPARE(Gt, >, false, false)
  TH_COMPARE(Ge, >=, false, false)
#undef TH_COMPARE

  TH_CASE(In) {
    Value object = m_sp[-1];
    if (!object.IsObject()) {
      HeapString* key_text = ToString(m_sp[-2]);
      if (!key_text) THROW();
      ThrowTypeError("Cannot use 'in' operator to search for '" + key_text->text() + "' in " +
                     (object.IsString() ? object.AsString()->text() : ToString(object)->text()));
      THROW();
    }
    HeapString* key = ToPropertyKey(m_sp[-2]);
    if (!key) THROW();
    bool found = HasProperty(object, key);
    if (!found && object.object->kind() == ObjKind::Closure) {
      found = key == m_names.name || key == m_names.length || key == m_names.prototype;
    }
    m_sp[-2] = Value::Bool(found);
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(InstanceOf) {
    Value object = m_sp[-2];
    Value constructor = m_sp[-1];
    if (!IsCallable(constructor)) {
      ThrowTypeError("Right-hand side of 'instanceof' is not callable");
      THROW();
    }
    Value prototype = Get(constructor, m_names.prototype);
    if (prototype.IsException()) THROW();
    bool result = false;
    if (object.IsObject() && prototype.IsObject()) {
      for (JsObject* p = static_cast<JsObject*>(object.object)->proto(); p; p = p->proto()) {
        if (p == prototype.object) {
          result = true;
          break;
        }
      }
    }
    m_sp[-2] = Value::Bool(result);
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(Neg) {
    double x;
    if (!ToNumber(m_sp[-1], &x)) THROW();
    m_sp[-1] = Value::Number(-x);
    TH_NEXT();
  }
  TH_CASE(ToNumber) {
    if (!m_sp[-1].IsNumber()) {
      double x;
      if (!ToNumber(m_sp[-1], &x)) THROW();
      m_sp[-1] = Value::Number(x);
    }
    TH_NEXT();
  }
  TH_CASE(Not) { m_sp[-1] = Value::Bool(!ToBoolean(m_sp[-1])); TH_NEXT(); }
  TH_CASE(BitNot) {
    double x;
    if (!ToNumber(m_sp[-1], &x)) THROW();
    m_sp[-1] = Value::Number(static_cast<double>(~ToInt32(x)));
    TH_NEXT();
  }
  TH_CASE(Typeof) { m_sp[-1] = Value::String(TypeOf(m_sp[-1])); TH_NEXT(); }
  TH_CASE(Inc) { m_sp[-1] = Value::Number(m_sp[-1].number + 1); TH_NEXT(); }
  TH_CASE(Dec) { m_sp[-1] = Value::Number(m_sp[-1].number - 1); TH_NEXT(); }
  TH_CASE(ToString) {
    if (!m_sp[-1].IsString()) {
      HeapString* text = ToString(m_sp[-1]);
      if (!text) THROW();
      m_sp[-1] = Value::String(text);
    }
    TH_NEXT();
  }
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
    if (!ToBoolean(m_sp[-1])) {
      ip += 4 + ReadI32(ip);
    } else {
      --m_sp;
      ip += 4;
    }
    TH_NEXT();
  }
  TH_CASE(OrJump) {
    if (ToBoolean(m_sp[-1])) {
      ip += 4 + ReadI32(ip);
    } else {
      --m_sp;
      ip += 4;
    }
    TH_NEXT();
  }
  TH_CASE(NullishJump) {
    if (!m_sp[-1].IsNullish()) {
      ip += 4 + ReadI32(ip);
    } else {
      --m_sp;
      ip += 4;
    }
    TH_NEXT();
  }
  TH_CASE(OptionalJump) {
    uint8_t extra = ip[0];
    if (m_sp[-1].IsNullish()) {
      m_sp -= 1 + extra;
      PUSH(Value::Undefined());
      ip += 5 + ReadI32(ip + 1);
    } else {
      ip += 5;
    }
    TH_NEXT();
  }
  TH_CASE(JumpIfNotStrictEq) {
    Value c = POP();
    ip += StrictEquals(m_sp[-1], c) ? 4 : 4 + ReadI32(ip);
    TH_NEXT();
  }
  TH_CASE(Call) {
    int argc = *ip++;
    SYNC();
    Value* callee_slot = m_sp - argc - 2;
    uint32_t depth = m_frame_count;
    if (!CallValue(callee_slot, argc, kNormal, Value::Undefined())) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(CallSpread) {
    SYNC();
    Value list = POP();
    Value* callee_slot = m_sp - 2;
    auto& items = static_cast<JsArray*>(list.object)->items();
    if (m_sp + items.size() + 8 >= m_stack_end) {
      ThrowRangeError("Maximum call stack size exceeded");
      THROW();
    }
    for (const Value& item : items) PUSH(item.IsEmpty() ? Value::Undefined() : item);
    uint32_t depth = m_frame_count;
    if (!CallValue(callee_slot, static_cast<int>(items.size()), kNormal, Value::Undefined())) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(New) {
    int argc = *ip++;
    SYNC();
    uint32_t depth = m_frame_count;
    if (!ConstructFromStack(argc)) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(NewSpread) {
    SYNC();
    Value list = POP();
    auto& items = static_cast<JsArray*>(list.object)->items();
    if (m_sp + items.size() + 8 >= m_stack_end) {
      ThrowRangeError("Maximum call stack size exceeded");
      THROW();
    }
    for (const Value& item : items) PUSH(item.IsEmpty() ? Value::Undefined() : item);
    uint32_t depth = m_frame_count;
    if (!ConstructFromStack(static_cast<int>(items.size()))) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(Return) {
    Value result = POP();
    SYNC();
    FinishFrameReturn(result);
    if (m_frame_count <= stop_depth) return RunStatus::Done;
    TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(Await) {
    SYNC();
    Value value = POP();
    if (!AwaitValue(value)) THROW();
    if (m_frame_count <= stop_depth) return RunStatus::Done;
    TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(Throw) {
    m_exception = POP();
    m_has_exception = true;
    RecordThrowSite();
    THROW();
  }
  TH_CASE(Rethrow) {
    m_exception = POP();
    m_has_exception = true;
    m_throw_site_valid = true;  // still the site of the original throw
    THROW();
  }
  TH_CASE(PushHandler) {
    uint32_t target = static_cast<uint32_t>((ip + 4 + ReadI32(ip)) - code->code.data());
    ip += 4;
    m_handlers.push_back({m_frame_count - 1, target, static_cast<uint32_t>(m_sp - base)});
    TH_NEXT();
  }
  TH_CASE(PopHandler) {
    m_handlers.pop_back();
    TH_NEXT();
  }
  TH_CASE(NewObject) { PUSH(Value::Object(NewObject())); TH_NEXT(); }
  TH_CASE(NewArray) { PUSH(Value::Object(NewArray())); TH_NEXT(); }
  TH_CASE(ArrayPush) {
    Value value = POP();
    m_heap->NoteGrowth(sizeof(Value));
    static_cast<JsArray*>(m_sp[-1].object)->items().push_back(value);
    TH_NEXT();
  }
  TH_CASE(ArrayHole) {
    static_cast<JsArray*>(m_sp[-1].object)->items().push_back(Value::Empty());
    TH_NEXT();
  }
  TH_CASE(ArraySpread) {
    SYNC();
    Value source = m_sp[-1];
    JsArray* target = static_cast<JsArray*>(m_sp[-2].object);
    if (IsArray(source)) {
      for (const Value& item : static_cast<JsArray*>(source.object)->items()) {
        target->items().push_back(item.IsEmpty() ? Value::Undefined() : item);
      }
    } else {
      // Any other iterable: walk it with the iterator opcodes' helper.
      Value iterator = MakeIterator(source);
      if (iterator.IsException()) THROW();
      m_sp[-1] = iterator;
      IteratorObject* it = static_cast<IteratorObject*>(iterator.object);
      while (true) {
        Value next = IteratorStep(it);
        if (next.IsEmpty()) break;
        if (next.IsException()) THROW();
        target->items().push_back(next);
      }
    }
    m_heap->NoteGrowth(target->items().size() * sizeof(Value));
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(DefineProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    Value value = POP();
    DefineOwn(static_cast<JsObject*>(m_sp[-1].object), name, value);
    TH_NEXT();
  }
  TH_CASE(DefineElem) {
    SYNC();
    HeapString* key = ToPropertyKey(m_sp[-2]);
    if (!key) THROW();
    DefineOwn(static_cast<JsObject*>(m_sp[-3].object), key, m_sp[-1]);
    m_sp -= 2;
    TH_NEXT();
  }
  TH_CASE(ObjectSpread) {
    SYNC();
    // The source stays on the stack (rooted) until its properties are copied.
    Value source = m_sp[-1];
    JsObject* target = static_cast<JsObject*>(m_sp[-2].object);
    if (source.IsObject()) {
      JsObject* from = static_cast<JsObject*>(source.object);
      for (HeapString* key : OwnKeys(from)) {
        Value value = Get(source, key);
        if (value.IsException()) THROW();
        DefineOwn(target, key, value);
      }
    } else if (source.IsString()) {
      HeapString* text = source.AsString();
      for (size_t i = 0; i < text->Length(); ++i) {
        Value ch = GetElement(source, Value::Number(static_cast<double>(i)));
        PUSH(ch);
        DefineOwn(target, IndexKey(i), ch);
        --m_sp;
      }
    }
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(SetFunctionName) {
    Value function = m_sp[-1];
    if (function.IsObject() && function.object->kind() == ObjKind::Closure) {
      HeapString* key = ToPropertyKey(m_sp[-2]);
      if (!key) THROW();
      static_cast<Closure*>(function.object)->set_name(key);
    }
    TH_NEXT();
  }
  TH_CASE(IterInit) {
    SYNC();
    Value iterator = MakeIterator(m_sp[-1]);
    if (iterator.IsException()) THROW();
    m_sp[-1] = iterator;
    TH_NEXT();
  }
  TH_CASE(IterNext) {
    IteratorObject* it = static_cast<IteratorObject*>(m_sp[-1].object);
    Value next = IteratorStep(it);
    if (next.IsException()) THROW();
    if (next.IsEmpty()) {
      ip += 4 + ReadI32(ip);
    } else {
      ip += 4;
      PUSH(next);
    }
    TH_NEXT();
  }
  TH_CASE(IterValue) {
    IteratorObject* it = static_cast<IteratorObject*>(m_sp[-1].object);
    Value next = IteratorStep(it);
    if (next.IsException()) THROW();
    PUSH(next.IsEmpty() ? Value::Undefined() : next);
    TH_NEXT();
  }
  TH_CASE(IterRest) {
    SYNC();
    JsArray* rest = NewArray();
    PUSH(Value::Object(rest));
    IteratorObject* it = static_cast<IteratorObject*>(m_sp[-2].object);
    while (true) {
      Value next = IteratorStep(it);
      if (next.IsEmpty()) break;
      if (next.IsException()) THROW();
      rest->items().push_back(next);
    }
    TH_NEXT();
  }
  TH_CASE(ForInInit) {
    SYNC();
    Value object = m_sp[-1];
    JsArray* keys = NewArray();
    PUSH(Value::Object(keys));
    if (object.IsObject()) {
      std::vector<HeapString*> seen;
      for (JsObject* o = static_cast<JsObject*>(object.object); o; o = o->proto()) {
        for (HeapString* key : OwnKeys(o)) {
          if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
          seen.push_back(key);
          keys->items().push_back(Value::String(key));
        }
      }
    } else if (object.IsString()) {
      for (size_t i = 0; i < object.AsString()->Length(); ++i) keys->items().push_back(Value::String(IndexKey(i)));
    }
    IteratorObject* it = m_heap->New<IteratorObject>(m_realm.iterator_proto, IteratorObject::Source::Keys, Value::Object(keys));
    m_sp[-2] = Value::Object(it);
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(RequireObject) {
    HeapString* first = consts[ReadU16(ip)].AsString();
    ip += 2;
    if (m_sp[-1].IsNullish()) {
      std::string what = m_sp[-1].IsNull() ? "null" : "undefined";
      if (first->text().empty()) {
        ThrowTypeError("Cannot destructure '" + what + "' as it is " + what + ".");
      } else {
        ThrowTypeError("Cannot destructure property '" + first->text() + "' of '" + what + "' as it is " + what + ".");
      }
      THROW();
    }
    TH_NEXT();
  }
  TH_CASE(ObjectRest) {
    SYNC();
    Value excluded = m_sp[-1];
    Value source = m_sp[-2];
    JsObject* copy = NewObject();
    PUSH(Value::Object(copy));
    if (source.IsObject()) {
      auto& skip = static_cast<JsArray*>(excluded.object)->items();
      for (HeapString* key : OwnKeys(static_cast<JsObject*>(source.object))) {
        bool skipped = false;
        for (const Value& s : skip) {
          if (s.IsString() && s.AsString()->text() == key->text()) skipped = true;
        }
        if (skipped) continue;
        Value value = Get(source, key);
        if (value.IsException()) THROW();
        DefineOwn(copy, key, value);
      }
    }
    m_sp[-3] = Value::Object(copy);
    m_sp -= 2;
    TH_NEXT();
  }
  TH_CASE(Nop) { TH_NEXT(); }

#if !defined(TH_COMPUTED_GOTO)
  }
#endif

slow_path:
  // The countdown ran out before the instruction at `ip` executed.
  frame->ip = ip;
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
  if (m_observer) {
    if (const PositionEntry* position = code->StatementAt(static_cast<uint32_t>(ip - code->code.data()))) {
      m_observer->OnLine(code->file, position->line, position->col);
    }
  }
  --m_countdown;
  frame->ip = ip + 1;
#if defined(TH_COMPUTED_GOTO)
  goto* kDispatch[*ip++];
#else
  goto next;
#endif

throw_exception:
  SYNC();
  if (m_frame_count > 0 && !m_throw_site_valid) RecordThrowSite();
  if (!Unwind(stop_depth)) return m_terminating ? RunStatus::Terminated : RunStatus::Threw;
  if (m_frame_count <= stop_depth) return RunStatus::Done;
  TH_LOAD_FRAME();
  TH_NEXT();

#undef PUSH
#undef POP
#undef PEEK
#undef THROW
#undef SYNC
#undef TH_NEXT
#undef TH_CASE
#undef TH_LOAD_FRAME
}

}  // namespace th
