#pragma once
// The per-function compiler's class, shared by compiler.cpp (entry points), compiler_scopes.cpp
// (variables, slots, boxes, hoisting), compiler_statements.cpp (statements and destructuring)
// and compiler_expressions.cpp. Internal to core/lang: use CompileProgram from lang/compiler.h.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"
#include "lang/bytecode.h"

namespace th::detail {

inline std::string NumberKey(double value) {
  // Property keys written as numbers ({ 1: x }) become their canonical string.
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

// Where break/continue go, and what has to be undone on the way out.
struct Control {
  enum class Kind {
    Loop,     // break and continue targets
    Switch,   // break target
    Handler,  // a try block whose handler is still pushed; `finally` may need inlining
    Label,    // a labelled statement that is not a loop: `break label` target
  };
  Kind kind;
  int depth = 0;                       // operand depth at the break target
  std::vector<size_t> breaks;
  std::vector<size_t> continues;
  Node* finally_block = nullptr;       // Handler: inlined on the way out
  std::vector<Variable*> per_iteration;  // Loop: boxes renewed at each continue
  std::vector<std::string> labels;       // Loop/Label: the labels naming it
  bool closes_iterator = false;          // a for-of loop: its iterator (at `depth`) is closed when left early
  bool async_iterator = false;           // a for await loop: closing it awaits its return()
};
class FunctionCompiler {
 public:
  FunctionCompiler(FunctionCompiler* parent, FunctionInfo* info, const std::string& file, std::string_view source,
                   const std::vector<size_t>* line_starts)
      : m_parent(parent), m_info(info), m_file(file), m_source(source), m_line_starts(line_starts) {
    m_code = std::make_unique<FunctionCode>();
    m_code->file = file;
    m_code->name = info->name;
    m_code->is_arrow = info->is_arrow;
    m_code->is_async = info->is_async;
    m_code->is_generator = info->is_generator;
    m_code->is_program = info->is_program;
    m_code->is_method = info->is_method;
    m_code->is_class_constructor = info->is_class_constructor;
    m_code->is_derived = info->is_derived;
  }

  std::unique_ptr<FunctionCode> CompileProgram(Node& program) {
    m_code->line = 1;
    m_code->col = 1;
    m_code->param_count = static_cast<uint16_t>(m_info->param_vars.size());
    for (Variable* param : m_info->param_vars) param->slot = AllocSlot();
    // The script's `this` (module.exports), boxed when an arrow function captures it.
    if (m_info->this_var) {
      m_info->this_var->slot = AllocSlot();
      Emit(Op::This);
      EmitSlot(Op::StoreLocal, m_info->this_var->slot);
      EmitSlot(Op::BoxLocal, m_info->this_var->slot);
    }
    Prologue(&program);
    CompileStatements(program.kids);
    Emit(Op::Undefined);
    Emit(Op::Return);
    return Finish();
  }

  std::unique_ptr<FunctionCode> CompileFunction(Node& node) {
    FunctionInfo* info = node.function.get();
    m_code->line = node.pos.line;
    m_code->col = node.pos.col;
    m_code->source_text = SourceText(node.pos, node.end);
    SetPos(node.pos, true);
    // Positional parameters take the first slots, where the caller's arguments land.
    int positional = 0;
    int length = -1;
    for (auto& param : info->params) {
      if (param->kind == NodeKind::Rest) {
        m_code->has_rest = true;
        if (length < 0) length = positional;
        break;
      }
      if (param->kind == NodeKind::AssignPattern && length < 0) length = positional;
      ++positional;
    }
    m_code->param_count = static_cast<uint16_t>(positional);
    m_code->length = static_cast<uint16_t>(length < 0 ? positional : length);
    std::vector<int> param_slots;
    for (int i = 0; i < positional; ++i) {
      Variable* var = info->param_vars[static_cast<size_t>(i)];
      int slot = AllocSlot();
      if (var) var->slot = slot;
      param_slots.push_back(slot);
    }
    int rest_slot = m_code->has_rest ? AllocSlot() : -1;
    // Variables bound by parameter patterns get slots of their own.
    for (auto& var : info->variables) {
      if (var->kind == VarKind::Param && var->slot < 0) var->slot = AllocSlot();
    }
    for (auto& var : info->variables) {
      if (var->kind == VarKind::Param && var->captured) EmitSlot(Op::BoxLocal, var->slot);
    }
    if (info->arguments_var) {
      info->arguments_var->slot = AllocSlot();
      m_code->arguments_slot = info->arguments_var->slot;
      if (info->arguments_var->captured) EmitSlot(Op::BoxLocal, info->arguments_var->slot);
    }
    if (info->self_var) {
      info->self_var->slot = AllocSlot();
      Emit(Op::Callee);
      StoreVarInit(info->self_var);
    }
    if (info->this_var) {
      // (A derived class's constructor has no `this` until super(...) returns: see CompileSuperCall.)
      info->this_var->slot = AllocSlot();
      Emit(info->is_derived ? Op::Undefined : Op::This);
      EmitSlot(Op::StoreLocal, info->this_var->slot);
      EmitSlot(Op::BoxLocal, info->this_var->slot);
    }
    // Defaults and patterns, left to right.
    size_t index = 0;
    for (auto& param : info->params) {
      if (param->kind == NodeKind::Rest) {
        if (param->Kid(0)->kind != NodeKind::Identifier || param->Kid(0)->var->slot != rest_slot) {
          EmitSlot(Op::GetLocal, rest_slot);
          AssignPattern(param->Kid(0), /*init=*/true);
        }
        break;
      }
      int slot = param_slots[index++];
      if (param->kind == NodeKind::Identifier) continue;
      EmitSlot(Op::GetLocal, slot);
      AssignPattern(param.get(), /*init=*/true);
    }
    if (rest_slot >= 0) {
      Node* rest_target = info->params.back()->Kid(0);
      if (rest_target->kind == NodeKind::Identifier && rest_target->var && rest_target->var->slot < 0) {
        rest_target->var->slot = rest_slot;
      }
    }
    Prologue(&node);
    // A generator's parameters are bound by the call; its body waits for the first next().
    if (info->is_generator) Emit(Op::GeneratorStart);
    if (info->is_class_constructor && !info->is_derived && info->class_has_fields) {
      Emit(Op::This);
      EmitFieldsInit();
      Emit(Op::Pop);
    }
    if (info->is_expression_body) {
      SetPos(info->body->pos, true);
      CompileExpression(info->body.get());
      Emit(Op::Return);
    } else {
      CompileStatements(info->body->kids);
      EmitImplicitReturnValue();
      Emit(Op::Return);
    }
    return Finish();
  }

 private:
  std::unique_ptr<FunctionCode> Finish() {
    m_code->local_count = static_cast<uint16_t>(m_max_slots);
    // (A class's constructor takes the general path, which refuses a call without `new`.)
    m_code->simple_frame = !m_code->is_async && !m_code->has_rest && m_code->arguments_slot < 0 &&
                           !m_code->is_class_constructor;
    m_code->statement_entries.assign(m_code->code.size() + 1, 0);
    for (size_t index = 0; index < m_code->positions.size(); ++index) {
      const PositionEntry& entry = m_code->positions[index];
      // (The first statement entry at an offset is the one that names its line.)
      if (entry.statement && entry.offset < m_code->statement_entries.size() && m_code->statement_entries[entry.offset] == 0) {
        m_code->statement_entries[entry.offset] = static_cast<uint32_t>(index + 1);
      }
    }
    // Mark the statements' first instructions in the code itself (see kStatementBit).
    for (size_t offset = 0; offset < m_code->code.size();) {
      const auto op = static_cast<Op>(m_code->code[offset]);
      if (m_code->statement_entries[offset] != 0) m_code->code[offset] |= kStatementBit;
      offset += 1 + static_cast<size_t>(OperandBytes(OpFormat(op)));
    }
    m_code->max_stack = static_cast<uint16_t>(m_max_depth + 2);
    for (Variable* var : m_info->upvalues) {
      CaptureSource source;
      if (m_parent && var->owner == m_parent->m_info) {
        source.from_local = true;
        source.index = static_cast<uint16_t>(var->slot);
      } else {
        source.from_local = false;
        source.index = static_cast<uint16_t>(m_parent ? m_parent->UpvalueIndex(var) : 0);
      }
      m_code->captures.push_back(source);
    }
    return std::move(m_code);
  }

  std::string SourceText(SourcePos start, SourcePos end) const {
    size_t begin = OffsetOf(start), finish = OffsetOf(end);
    if (begin >= m_source.size() || finish <= begin) return "";
    return std::string(m_source.substr(begin, finish - begin));
  }
  size_t OffsetOf(SourcePos pos) const {
    if (pos.line < 1 || static_cast<size_t>(pos.line) > m_line_starts->size()) return m_source.size();
    size_t offset = (*m_line_starts)[static_cast<size_t>(pos.line - 1)];
    // Columns count characters: skip pos.col - 1 of them, with their UTF-8 continuation bytes.
    for (int col = 1; col < pos.col && offset < m_source.size(); ++col) {
      ++offset;
      while (offset < m_source.size() && (static_cast<unsigned char>(m_source[offset]) & 0xC0) == 0x80) ++offset;
    }
    return offset;
  }

  // [SECTION] Emitting
  size_t Here() const { return m_code->code.size(); }
  void Byte(uint8_t b) { m_code->code.push_back(b); }
  void U16(int value) {
    Byte(static_cast<uint8_t>(value & 0xFF));
    Byte(static_cast<uint8_t>((value >> 8) & 0xFF));
  }
  void I32(int32_t value) {
    uint8_t bytes[4];
    std::memcpy(bytes, &value, 4);
    for (uint8_t b : bytes) Byte(b);
  }
  void AdjustDepth(int delta) {
    m_depth += delta;
    if (m_depth > m_max_depth) m_max_depth = m_depth;
  }
  void Emit(Op op) {
    Byte(static_cast<uint8_t>(op));
    int effect = OpStackEffect(op);
    if (effect != kVariable) AdjustDepth(effect);
  }
  void EmitSlot(Op op, int slot) {
    Emit(op);
    U16(slot);
  }
  void EmitName(Op op, const std::string& name) {
    Emit(op);
    U16(StringConstant(name));
  }
  void EmitSlotName(Op op, int slot, const std::string& name) {
    Emit(op);
    U16(slot);
    U16(StringConstant(name));
  }
  void EmitExtended(ExtendedOp op, int argument = 0) {
    Emit(Op::Extended);
    Byte(static_cast<uint8_t>(op));
    U16(argument);
    AdjustDepth(ExtendedOpStackEffect(op));
  }
  size_t EmitJump(Op op) {
    Emit(op);
    size_t at = Here();
    I32(0);
    return at;
  }
  void PatchJump(size_t at) { PatchJumpTo(at, Here()); }
  void PatchJumpTo(size_t at, size_t target) {
    int32_t offset = static_cast<int32_t>(static_cast<int64_t>(target) - static_cast<int64_t>(at + 4));
    std::memcpy(&m_code->code[at], &offset, 4);
  }
  void EmitJumpTo(Op op, size_t target) {
    size_t at = EmitJump(op);
    PatchJumpTo(at, target);
  }
  void EmitConst(double value) {
    Emit(Op::Const);
    U16(NumberConstant(value));
  }
  void EmitString(const std::string& text) {
    Emit(Op::Const);
    U16(StringConstant(text));
  }
  int StringConstant(const std::string& text) {
    auto found = m_string_constants.find(text);
    if (found != m_string_constants.end()) return found->second;
    Constant constant;
    constant.is_string = true;
    constant.text = text;
    m_code->constants.push_back(constant);
    int index = static_cast<int>(m_code->constants.size() - 1);
    m_string_constants[text] = index;
    return index;
  }
  int NumberConstant(double value) {
    for (size_t i = 0; i < m_code->constants.size(); ++i) {
      const Constant& c = m_code->constants[i];
      if (!c.is_string && !c.is_cache && std::memcmp(&c.number, &value, sizeof value) == 0) return static_cast<int>(i);
    }
    Constant constant;
    constant.number = value;
    m_code->constants.push_back(constant);
    return static_cast<int>(m_code->constants.size() - 1);
  }
  void SetPos(SourcePos pos, bool statement) {
    auto& positions = m_code->positions;
    uint32_t offset = static_cast<uint32_t>(Here());
    if (!positions.empty()) {
      PositionEntry& last = positions.back();
      if (last.offset == offset) {
        if (statement || !last.statement) {
          last.line = pos.line;
          last.col = pos.col;
          last.statement = last.statement || statement;
        } else {
          positions.push_back({offset, pos.line, pos.col, false});
        }
        return;
      }
      if (!statement && last.line == pos.line && last.col == pos.col) return;
    }
    positions.push_back({offset, pos.line, pos.col, statement});
  }

  // V8's rule for an expression's position (BytecodeArrayBuilder::SetExpressionPosition): it
  // does not replace the position of a statement whose code has not started yet.
  void SetExpressionPos(SourcePos pos) {
    const auto& positions = m_code->positions;
    if (!positions.empty() && positions.back().offset == static_cast<uint32_t>(Here()) && positions.back().statement) {
      return;
    }
    SetPos(pos, false);
  }

  // [SECTION] Variables
  int AllocSlot();
  int UpvalueIndex(Variable* var);
  bool IsLocal(Variable* var) const { return var->owner == m_info; }
  bool KnownInitialized(Variable* var) const { return IsLocal(var) && m_initialized.count(var) != 0; }

  void GetVar(Node* identifier);

  // Stores the top value into the variable named by `identifier`, keeping it on the stack.
  void SetVar(Node* identifier);

  // Initializes a declared variable from the top value and pops it (ends its TDZ).
  void StoreVarInit(Variable* var);

  // Gives the variables of a scope their slots and their starting state.
  void DeclareScopeVars(const std::vector<Variable*>& vars);

  // [SECTION] Functions and scopes
  void Prologue(Node* node);
  void HoistFunctions(std::vector<NodePtr>& statements);
  void EmitClosure(Node& node);

  // Compiles `value`, naming it `name` when it is an anonymous function (`const f = () => 1`).
  void CompileNamed(Node* value, const std::string& name);

  // [SECTION] Classes (compiler_classes.cpp)
  void CompileClass(Node* node);
  // super(...): the parent's constructor makes `this`; then the class's fields are defined on it.
  void CompileSuperCall(Node* call);
  // [obj] -> [obj], having run the class's fields function on obj.
  void EmitFieldsInit();
  // [obj] -> [obj], with the getter or setter of `property` (a Property whose text is get/set)
  // defined on it; `flags` add to DefineAccessor's operand.
  void EmitAccessor(Node* property, uint8_t flags);
  // What `return;` and the end of a body give back: undefined, or in a derived class's
  // constructor its `this` (a ReferenceError if super(...) never ran).
  void EmitImplicitReturnValue() { Emit(m_info->is_derived ? Op::This : Op::Undefined); }
  struct ScopeMark {
    int next_slot;
  };
  ScopeMark BeginScope(Node* node);
  void EndScope(ScopeMark mark) { m_next_slot = mark.next_slot; }

  // [SECTION] Statements
  void CompileStatements(std::vector<NodePtr>& statements);
  void CompileStatement(Node* node);
  void CompileCondition(Node* test) { CompileExpression(test); }

  void CompileVarDecl(Node* node);
  void PushLoop(std::vector<Variable*> per_iteration = {});
  void PatchContinues(size_t target);
  void PopControl();

  // Emits what leaving the try blocks between here and control index `stop` requires:
  // popping their handlers and running their finally blocks.
  void UnwindTo(size_t stop, bool close_iterators = false);
  // Before a return (its value on top): runs the finally blocks and closes the for-of loops'
  // iterators it leaves, innermost first.
  void UnwindForReturn() { UnwindTo(0, /*close_iterators=*/true); }

  void CompileJumpOut(bool is_break, const std::string& label);
  void CompileFor(Node* node);
  void CompileForOfIn(Node* node);
  void BindLoopValue(Node* node);
  void CompileTry(Node* node);
  void CompileSwitch(Node* node);

  // [SECTION] Patterns
  // Consumes the top value, storing it into `target`. `init` means a declaration (let/const
  // initialization, parameters, catch); otherwise an assignment.
  void AssignPattern(Node* target, bool init);

  // [SECTION] Expressions
  void CompileExpression(Node* node);

  // `?.`: when the value on top is null or undefined, the whole chain becomes undefined.
  void EmitOptionalJump();
  void CompileObjectLiteral(Node* node);
  void CompileUnary(Node* node);
  void CompileUpdate(Node* node);
  static Op BinaryOp(const Node* node);
  void CompileBinary(Node* node);
  void CompileAssign(Node* node);
  void CompileYield(Node* node);
  void EmitYield(Op op);
  bool InAsyncGenerator() const { return m_info->is_async && m_info->is_generator; }
  // for await (compiler_async_iteration.cpp).
  void CompileForAwait(Node* node);
  // Closes the for await iterator `distance` values below the top, awaiting its return().
  void EmitAsyncIteratorClose(int distance);

  // Remembers the callee's source text for "x is not a function" messages, keyed by the
  // offset just past the instruction (where the VM's frame ip stands while it runs).
  void NoteCallee(const std::string& text) { m_code->call_names.emplace_back(static_cast<uint32_t>(Here()), text); }
  std::string CalleeSource(Node* callee) const { return SourceText(callee->pos, callee->end); }
  // What V8 says, whole, when a spread argument f(...x) cannot be iterated.
  static constexpr const char* kSpreadArgumentMessage = "Spread syntax requires ...iterable[Symbol.iterator] to be a function";
  // An iterated expression as V8's "x is not iterable" names it: its source, except that an
  // object literal prints as "{}" or "{(intermediate value)}", and a call as "f is not a
  // function or its return value" (a callee that is not a name as "(intermediate value)").
  std::string IterableSource(Node* iterable) const {
    if (iterable->kind == NodeKind::ObjectLit) return iterable->kids.empty() ? "{}" : "{(intermediate value)}";
    if (iterable->kind == NodeKind::Call) {
      Node* callee = iterable->Kid(0);
      const bool named = callee->kind == NodeKind::Identifier || callee->kind == NodeKind::Member;
      return (named ? CalleeSource(callee) : "(intermediate value)") + " is not a function or its return value";
    }
    return CalleeSource(iterable);
  }

  static bool HasSpread(Node* node, size_t first);
  int CompileArgs(Node* node, size_t first);
  void CompileSpreadArgs(Node* node, size_t first);
  void CompileCall(Node* node);
  FunctionCompiler* m_parent;
  FunctionInfo* m_info;
  std::string m_file;
  std::string_view m_source;
  const std::vector<size_t>* m_line_starts;  // offset of each line's first byte
  std::unique_ptr<FunctionCode> m_code;
  std::unordered_map<std::string, int> m_string_constants;
  std::unordered_map<Variable*, bool> m_initialized;
  std::vector<Control> m_controls;
  std::vector<size_t> m_chain_jumps;
  std::vector<std::string> m_pending_labels;  // labels for the loop about to be compiled
  std::string m_pending_name;
  int m_chain_base = 0;
  int m_depth = 0;
  int m_max_depth = 0;
  int m_next_slot = 0;
  int m_max_slots = 0;
  bool m_in_switch = false;
};

}  // namespace th::detail
