#pragma once
// The one list of opcodes. The enum, the disassembler's names and operand formats, and the
// compiler's stack-depth accounting all come from TH_OPCODE_LIST.
#include <cstdint>

namespace th {

// Operand layouts that follow an opcode byte.
enum class OperandFormat : uint8_t {
  None,      // no operands
  U8,        // one byte (argument count)
  Slot,      // u16 local slot
  Upval,     // u16 index into the closure's captured boxes
  Const,     // u16 index into the constant table
  Name,      // u16 constant index of a string (a property or global name)
  SlotName,  // u16 slot, u16 name constant (TDZ errors name the variable)
  UpvalName, // u16 upvalue, u16 name constant
  Function,  // u16 index of a nested function
  Jump,      // i32 offset from the end of the instruction
  U8Jump,    // u8 count, i32 offset
  Extended,  // u8 ExtendedOp, u16 argument
};

// X(name, operand format, stack effect; kVariable when the compiler computes it)
#define TH_OPCODE_LIST(X)                                                          \
  /* constants */                                                                  \
  X(Undefined, None, 1)      /* push undefined */                                  \
  X(Null, None, 1)           /* push null */                                       \
  X(True, None, 1)           /* push true */                                       \
  X(False, None, 1)          /* push false */                                      \
  X(Const, Const, 1)         /* push a number or string constant */                \
  X(Closure, Function, 1)    /* create a closure over the current frame */         \
  X(This, None, 1)           /* push this */                                       \
  X(Callee, None, 1)         /* push the running function (named expressions) */  \
  /* stack */                                                                      \
  X(Pop, None, -1)           /* drop the top value */                              \
  X(Dup, None, 1)            /* duplicate the top value */                         \
  X(Dup2, None, 2)           /* duplicate the top two values */                    \
  X(Swap, None, 0)           /* swap the top two values */                         \
  X(Rot3, None, 0)           /* [a b c] -> [b c a]: bring the third value up */    \
  /* locals, boxes, captured variables, globals */                                 \
  X(GetLocal, Slot, 1)                                                             \
  X(SetLocal, Slot, 0)       /* store the top value, keep it */                    \
  X(StoreLocal, Slot, -1)    /* store and pop */                                   \
  X(GetLocalTdz, SlotName, 1) /* like GetLocal, ReferenceError before init */      \
  X(CheckLocalTdz, SlotName, 0) /* ReferenceError when assigning before init */    \
  X(InitTdz, Slot, 0)        /* mark a let/const slot uninitialized */             \
  X(NewBox, Slot, 0)         /* slot = new box holding "uninitialized" */          \
  X(BoxLocal, Slot, 0)       /* slot = new box holding the slot's current value */ \
  X(CopyBox, Slot, 0)        /* slot = new box holding the old box's value */      \
  X(GetBox, Slot, 1)                                                               \
  X(GetBoxTdz, SlotName, 1)                                                        \
  X(SetBox, Slot, 0)                                                               \
  X(StoreBox, Slot, -1)                                                            \
  X(CheckBoxTdz, SlotName, 0)                                                      \
  X(GetUpval, Upval, 1)                                                            \
  X(GetUpvalTdz, UpvalName, 1)                                                     \
  X(SetUpval, Upval, 0)                                                            \
  X(CheckUpvalTdz, UpvalName, 0)                                                   \
  X(GetGlobal, Name, 1)      /* ReferenceError when missing */                     \
  X(TypeofGlobal, Name, 1)   /* undefined when missing (for typeof) */             \
  X(SetGlobal, Name, 0)                                                            \
  X(ConstAssign, Name, 0)    /* TypeError: Assignment to constant variable. */     \
  /* properties */                                                                 \
  X(GetProp, Name, 0)        /* [obj] -> [obj.name] */                             \
  X(SetProp, Name, -1)       /* [obj v] -> [v] */                                  \
  X(GetElem, None, -1)       /* [obj key] -> [obj[key]] */                         \
  X(SetElem, None, -2)       /* [obj key v] -> [v] */                              \
  X(GetMethod, Name, 1)      /* [obj] -> [obj.name obj] */                         \
  X(GetMethodElem, None, 0)  /* [obj key] -> [obj[key] obj] */                     \
  X(DeleteProp, Name, 0)                                                           \
  X(DeleteElem, None, -1)                                                          \
  /* operators */                                                                  \
  X(Add, None, -1) X(Sub, None, -1) X(Mul, None, -1) X(Div, None, -1)              \
  X(Mod, None, -1) X(Pow, None, -1) X(BitAnd, None, -1) X(BitOr, None, -1)         \
  X(BitXor, None, -1) X(Shl, None, -1) X(Shr, None, -1) X(UShr, None, -1)          \
  X(Eq, None, -1) X(Ne, None, -1) X(StrictEq, None, -1) X(StrictNe, None, -1)      \
  X(Lt, None, -1) X(Le, None, -1) X(Gt, None, -1) X(Ge, None, -1)                  \
  X(In, None, -1) X(InstanceOf, None, -1)                                          \
  X(Neg, None, 0) X(ToNumber, None, 0) X(Not, None, 0) X(BitNot, None, 0)          \
  X(Typeof, None, 0) X(Inc, None, 0) X(Dec, None, 0)                               \
  X(ToString, None, 0)       /* template literal pieces */                         \
  /* control flow */                                                               \
  X(Jump, Jump, 0)                                                                 \
  X(JumpIfFalse, Jump, -1)   /* pops the condition */                              \
  X(JumpIfTrue, Jump, -1)                                                          \
  X(AndJump, Jump, -1)       /* &&: falsy -> jump keeping it; else pop */          \
  X(OrJump, Jump, -1)        /* ||: truthy -> jump keeping it; else pop */         \
  X(NullishJump, Jump, -1)   /* ??: not nullish -> jump keeping it; else pop */    \
  X(OptionalJump, U8Jump, 0) /* ?.: nullish -> pop it and N more, push undefined, jump */ \
  X(JumpIfNotStrictEq, Jump, -1) /* switch: [d c] -> [d], jump when d !== c */     \
  /* calls */                                                                      \
  X(Call, U8, kVariable)     /* [f this args...] -> [result] */                    \
  X(CallSpread, None, -2)    /* [f this array] -> [result] */                      \
  X(New, U8, kVariable)      /* [f args...] -> [object] */                         \
  X(NewSpread, None, -1)     /* [f array] -> [object] */                           \
  X(Return, None, -1)                                                              \
  X(Await, None, 0)          /* suspend until the promise settles */               \
  X(Throw, None, -1)                                                               \
  X(Rethrow, None, -1)       /* end of finally: rethrow, keeping the original site */ \
  X(PushHandler, Jump, 0)    /* on throw: restore the stack, push the error, jump */ \
  X(PopHandler, None, 0)                                                           \
  /* literals */                                                                   \
  X(NewObject, None, 1)                                                            \
  X(NewArray, None, 1)                                                             \
  X(NewRegExp, None, -1)     /* [pattern flags] -> [regexp] */                     \
  X(ArrayPush, None, -1)     /* [arr v] -> [arr] */                                \
  X(ArrayHole, None, 0)      /* [arr] -> [arr] with one more empty slot */         \
  X(ArraySpread, None, -1)   /* [arr iterable] -> [arr] */                         \
  X(DefineProp, Name, -1)    /* [obj v] -> [obj] */                                \
  X(DefineElem, None, -2)    /* [obj key v] -> [obj] */                            \
  X(ObjectSpread, None, -1)  /* [obj src] -> [obj] */                              \
  X(SetFunctionName, None, 0) /* [key fn] -> same: names a computed-key method */ \
  X(NewPrivateName, Name, 1) /* push a new private symbol for a class's #name */    \
  /* iteration and destructuring */                                                \
  X(IterInit, None, 0)       /* [iterable] -> [iterator] */                        \
  X(IterNext, Jump, 1)       /* [it] -> [it value], or jump when done */           \
  X(IterValue, None, 1)      /* [it] -> [it value-or-undefined] */                 \
  X(IterRest, None, 1)       /* [it] -> [it array-of-the-rest] */                  \
  X(IterClose, None, -1)     /* [it] -> []: a generator not done returns */        \
  X(IterCloseUnder, U8, 0)   /* [it ...n] -> same: a return leaves a for-of */     \
  X(ForInInit, None, 0)      /* [obj] -> [iterator over enumerable keys] */        \
  X(RequireObject, Name, 0)  /* TypeError when destructuring null/undefined */     \
  X(ObjectRest, None, -1)    /* [src excluded-keys-array] -> [copy] */             \
  /* classes */                                                                    \
  X(ClassBase, None, 0)      /* [ctor fields] -> [ctor prototype] */               \
  X(ClassDerived, None, -1)  /* [parent ctor fields] -> [ctor prototype] */        \
  X(DefineMethod, Name, -1)  /* [obj fn] -> [obj]: not enumerable, home obj */     \
  X(DefineMethodElem, None, -2) /* [obj key fn] -> [obj] */                        \
  X(SuperBase, None, 1)      /* push the home object's prototype (super.x) */     \
  X(GetSuperProp, Name, 0)   /* [base] -> [base.name], a getter called on this */ \
  X(SuperCall, None, 0)      /* [args-array] -> [object]: the parent constructs */ \
  X(BindThis, None, 0)       /* [object] -> [object]: it becomes `this` */         \
  X(ClassFields, None, 1)    /* push the running constructor's fields function */ \
  X(SetHomeObject, None, 0)  /* [home fn] -> [home fn]: super.x in fn reads home's prototype */ \
  /* generators */                                                                 \
  X(GeneratorStart, None, 0) /* the call returns a generator object, suspended here */ \
  X(Yield, Jump, 0)          /* [value] -> [sent]; jumps when resumed by return() */ \
  X(YieldStar, Jump, 0)      /* [iterable] -> [its return value]; as Yield meanwhile */ \
  X(DefineAccessor, U8, -2)  /* [obj key fn] -> [obj]: a getter or setter (kAccessor*) */ \
  X(Extended, Extended, kVariable) /* a rarely run instruction: its operand names it */

// The instructions behind Extended, for what runs too seldom to take one of the 128 opcodes.
// X(name, stack effect)
#define TH_EXTENDED_OP_LIST(X)                                                           \
  /* for await (async iteration, ECMAScript 27.1.4) */                                   \
  X(AsyncIterInit, 0)     /* [iterable] -> [iterator]: [Symbol.asyncIterator]() or the sync one */ \
  X(AsyncIterNext, 1)     /* [it] -> [it result]: calls next(); the result is then awaited */ \
  X(AsyncIterResult, 1)   /* [it result] -> [it value done]: TypeError unless an object */ \
  X(AsyncIterReturn, 2)   /* [it ...n] -> [it ...n result called]: return(), once; n is the argument */ \
  X(RequireIterResult, 0) /* [result] -> [result]: TypeError unless an object */  \
  /* tagged templates (ECMAScript 13.2.8.4 GetTemplateObject): the argument is the site's cache */ \
  /* constant, where its one template object is kept */                                  \
  X(CachedTemplate, 1)    /* [] -> [the site's template object, or undefined the first time] */ \
  X(MakeTemplate, -1)     /* [cooked raw] -> [template]: frozen, raw attached, kept for the site */

constexpr int kVariable = 1000;

enum class ExtendedOp : uint8_t {
#define TH_EXTENDED_OP_ENUM(name, effect) name,
  TH_EXTENDED_OP_LIST(TH_EXTENDED_OP_ENUM)
#undef TH_EXTENDED_OP_ENUM
  Count_
};

// DefineAccessor's operand.
constexpr uint8_t kAccessorSetter = 1;      // a setter (else a getter)
constexpr uint8_t kAccessorEnumerable = 2;  // an object literal's (a class's are not enumerable)
constexpr uint8_t kAccessorMethod = 4;      // a class's: it gets its home object, for super.x

enum class Op : uint8_t {
#define TH_OPCODE_ENUM(name, format, effect) name,
  TH_OPCODE_LIST(TH_OPCODE_ENUM)
#undef TH_OPCODE_ENUM
  Count_  // not an opcode: how many there are
};

// The high bit of an opcode byte marks the first instruction of a statement (the compiler sets
// it from the position table), so a traced VM can report lines from its dispatch without
// looking anything up at other instructions; an untraced VM ignores it. Mask it off to read the
// opcode: static_cast<Op>(byte & kOpMask).
constexpr uint8_t kStatementBit = 0x80;
constexpr uint8_t kOpMask = 0x7F;
static_assert(static_cast<int>(Op::Count_) <= kOpMask + 1, "opcodes must fit in 7 bits");

const char* OpName(Op op);
const char* ExtendedOpName(ExtendedOp op);
int ExtendedOpStackEffect(ExtendedOp op);
OperandFormat OpFormat(Op op);
int OpStackEffect(Op op);
int OperandBytes(OperandFormat format);

}  // namespace th
