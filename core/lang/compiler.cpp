// [SECTION] index
//   Emitting: bytes, jumps, stack depth, positions, constants
//   Variables: slots, boxes, upvalues, TDZ
//   Functions and scopes
//   Statements
//   Patterns (destructuring)
//   Expressions
#include "lang/compiler.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "lang/resolver.h"

namespace th {

namespace {

std::string NumberKey(double value) {
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
};

class FunctionCompiler {
 public:
  FunctionCompiler(FunctionCompiler* parent, FunctionInfo* info, const std::string& file, std::string_view source)
      : m_parent(parent), m_info(info), m_file(file), m_source(source) {
    m_code = std::make_unique<FunctionCode>();
    m_code->file = file;
    m_code->name = info->name;
    m_code->is_arrow = info->is_arrow;
    m_code->is_async = info->is_async;
    m_code->is_program = info->is_program;
  }

  std::unique_ptr<FunctionCode> CompileProgram(Node& program) {
    m_code->line = 1;
    m_code->col = 1;
    m_code->param_count = static_cast<uint16_t>(m_info->param_vars.size());
    for (Variable* param : m_info->param_vars) param->slot = AllocSlot();
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
      info->this_var->slot = AllocSlot();
      Emit(Op::This);
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
    if (info->is_expression_body) {
      SetPos(info->body->pos, true);
      CompileExpression(info->body.get());
      Emit(Op::Return);
    } else {
      CompileStatements(info->body->kids);
      Emit(Op::Undefined);
      Emit(Op::Return);
    }
    return Finish();
  }

 private:
  std::unique_ptr<FunctionCode> Finish() {
    m_code->local_count = static_cast<uint16_t>(m_max_slots);
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
    size_t offset = 0;
    for (int line = 1; line < pos.line && offset < m_source.size(); ++offset) {
      if (m_source[offset] == '\n') ++line;
    }
    // Columns count characters; step over UTF-8 continuation bytes.
    for (int col = 1; col < pos.col && offset < m_source.size(); ++offset) {
      unsigned char c = static_cast<unsigned char>(m_source[offset]);
      if ((c & 0xC0) != 0x80) ++col;
      else --col, ++col;
    }
    while (offset < m_source.size() && (static_cast<unsigned char>(m_source[offset]) & 0xC0) == 0x80) ++offset;
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
      if (!c.is_string && std::memcmp(&c.number, &value, sizeof value) == 0) return static_cast<int>(i);
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

  // [SECTION] Variables
  int AllocSlot() {
    int slot = m_next_slot++;
    if (m_next_slot > m_max_slots) m_max_slots = m_next_slot;
    return slot;
  }
  int UpvalueIndex(Variable* var) {
    for (size_t i = 0; i < m_info->upvalues.size(); ++i) {
      if (m_info->upvalues[i] == var) return static_cast<int>(i);
    }
    return 0;  // the resolver guarantees presence
  }
  bool IsLocal(Variable* var) const { return var->owner == m_info; }
  bool KnownInitialized(Variable* var) const { return IsLocal(var) && m_initialized.count(var) != 0; }

  void GetVar(Node* identifier) {
    Variable* var = identifier->var;
    if (!var) {
      if (identifier->text == "undefined") {
        Emit(Op::Undefined);
        return;
      }
      EmitName(Op::GetGlobal, identifier->text);
      return;
    }
    bool tdz = var->NeedsTdz() && !KnownInitialized(var);
    if (IsLocal(var)) {
      if (var->captured) {
        if (tdz) EmitSlotName(Op::GetBoxTdz, var->slot, var->name);
        else EmitSlot(Op::GetBox, var->slot);
      } else {
        if (tdz) EmitSlotName(Op::GetLocalTdz, var->slot, var->name);
        else EmitSlot(Op::GetLocal, var->slot);
      }
    } else {
      int index = UpvalueIndex(var);
      if (tdz) EmitSlotName(Op::GetUpvalTdz, index, var->name);
      else EmitSlot(Op::GetUpval, index);
    }
  }

  // Stores the top value into the variable named by `identifier`, keeping it on the stack.
  void SetVar(Node* identifier) {
    Variable* var = identifier->var;
    if (!var) {
      EmitName(Op::SetGlobal, identifier->text);
      return;
    }
    bool tdz = var->NeedsTdz() && !KnownInitialized(var);
    if (tdz) {
      if (IsLocal(var)) {
        EmitSlotName(var->captured ? Op::CheckBoxTdz : Op::CheckLocalTdz, var->slot, var->name);
      } else {
        EmitSlotName(Op::CheckUpvalTdz, UpvalueIndex(var), var->name);
      }
    }
    if (var->kind == VarKind::Const) {
      EmitName(Op::ConstAssign, var->name);
      return;
    }
    if (var->kind == VarKind::SelfName) return;  // assignment is silently ignored (sloppy mode)
    if (IsLocal(var)) {
      EmitSlot(var->captured ? Op::SetBox : Op::SetLocal, var->slot);
    } else {
      EmitSlot(Op::SetUpval, UpvalueIndex(var));
    }
  }

  // Initializes a declared variable from the top value and pops it (ends its TDZ).
  void StoreVarInit(Variable* var) {
    if (IsLocal(var)) {
      EmitSlot(var->captured ? Op::StoreBox : Op::StoreLocal, var->slot);
    } else {
      EmitSlot(Op::SetUpval, UpvalueIndex(var));
      Emit(Op::Pop);
    }
    if (!m_in_switch) m_initialized.insert({var, true});
  }

  // Gives the variables of a scope their slots and their starting state.
  void DeclareScopeVars(const std::vector<Variable*>& vars) {
    for (Variable* var : vars) {
      if (var->slot < 0) var->slot = AllocSlot();
      m_initialized.erase(var);
      if (var->captured) {
        EmitSlot(Op::NewBox, var->slot);
      } else if (var->NeedsTdz()) {
        EmitSlot(Op::InitTdz, var->slot);
      }
    }
  }

  // [SECTION] Functions and scopes
  void Prologue(Node* node) {
    FunctionInfo* info = node->function.get();
    for (Variable* var : info->function_scope_vars) {
      if (var->slot >= 0) continue;  // a parameter of the same name
      var->slot = AllocSlot();
      if (var->captured) EmitSlot(Op::BoxLocal, var->slot);
    }
    DeclareScopeVars(node->scope_vars);
    Node* body = info->is_program ? node : info->body.get();
    if (!info->is_expression_body) HoistFunctions(body->kids);
  }

  void HoistFunctions(std::vector<NodePtr>& statements) {
    for (auto& statement : statements) {
      if (statement && statement->kind == NodeKind::Function && statement->function->is_declaration && statement->var) {
        EmitClosure(*statement);
        StoreVarInit(statement->var);
      }
    }
  }

  void EmitClosure(Node& node) {
    FunctionCompiler child(this, node.function.get(), m_file, m_source);
    std::unique_ptr<FunctionCode> code = child.CompileFunction(node);
    if (code->name.empty() && !m_pending_name.empty()) code->name = m_pending_name;
    m_pending_name.clear();
    m_code->functions.push_back(std::move(code));
    EmitSlot(Op::Closure, static_cast<int>(m_code->functions.size() - 1));
  }

  // Compiles `value`, naming it `name` when it is an anonymous function (`const f = () => 1`).
  void CompileNamed(Node* value, const std::string& name) {
    if (value->kind == NodeKind::Function && value->function->name.empty()) {
      m_pending_name = name;
      EmitClosure(*value);
      return;
    }
    CompileExpression(value);
  }

  struct ScopeMark {
    int next_slot;
  };
  ScopeMark BeginScope(Node* node) {
    ScopeMark mark{m_next_slot};
    DeclareScopeVars(node->scope_vars);
    return mark;
  }
  void EndScope(ScopeMark mark) { m_next_slot = mark.next_slot; }

  // [SECTION] Statements
  void CompileStatements(std::vector<NodePtr>& statements) {
    for (auto& statement : statements) {
      if (statement) CompileStatement(statement.get());
    }
  }

  void CompileStatement(Node* node) {
    if (node->kind != NodeKind::Block && node->kind != NodeKind::Function && node->kind != NodeKind::Empty) {
      SetPos(node->pos, true);
      m_statement_pos = node->pos;
    }
    switch (node->kind) {
      case NodeKind::ExprStmt:
        CompileExpression(node->Kid(0));
        Emit(Op::Pop);
        break;
      case NodeKind::VarDecl: CompileVarDecl(node); break;
      case NodeKind::Function: break;  // hoisted
      case NodeKind::Empty: break;
      case NodeKind::Block: {
        ScopeMark mark = BeginScope(node);
        HoistFunctions(node->kids);
        CompileStatements(node->kids);
        EndScope(mark);
        break;
      }
      case NodeKind::Return:
        if (node->Kid(0)) {
          CompileExpression(node->Kid(0));
        } else {
          Emit(Op::Undefined);
        }
        UnwindForReturn();
        Emit(Op::Return);
        AdjustDepth(1);  // code after a return is unreachable; keep the books balanced
        AdjustDepth(-1);
        break;
      case NodeKind::If: {
        CompileCondition(node->Kid(0));
        size_t to_else = EmitJump(Op::JumpIfFalse);
        CompileStatement(node->Kid(1));
        if (node->Kid(2)) {
          size_t to_end = EmitJump(Op::Jump);
          PatchJump(to_else);
          CompileStatement(node->Kid(2));
          PatchJump(to_end);
        } else {
          PatchJump(to_else);
        }
        break;
      }
      case NodeKind::While: {
        size_t top = Here();
        CompileCondition(node->Kid(0));
        size_t to_end = EmitJump(Op::JumpIfFalse);
        PushLoop();
        CompileStatement(node->Kid(1));
        PatchContinues(top);
        EmitJumpTo(Op::Jump, top);
        PatchJump(to_end);
        PopControl();
        break;
      }
      case NodeKind::DoWhile: {
        size_t top = Here();
        PushLoop();
        CompileStatement(node->Kid(0));
        size_t test = Here();
        PatchContinues(test);
        SetPos(node->Kid(1)->pos, true);
        CompileCondition(node->Kid(1));
        EmitJumpTo(Op::JumpIfTrue, top);
        PopControl();
        break;
      }
      case NodeKind::For: CompileFor(node); break;
      case NodeKind::ForOf:
      case NodeKind::ForIn: CompileForOfIn(node); break;
      case NodeKind::Break: CompileJumpOut(true, node->text); break;
      case NodeKind::Continue: CompileJumpOut(false, node->text); break;
      case NodeKind::Labeled: {
        Node* body = node->Kid(0);
        bool is_loop = body->kind == NodeKind::For || body->kind == NodeKind::ForOf || body->kind == NodeKind::ForIn ||
                       body->kind == NodeKind::While || body->kind == NodeKind::DoWhile;
        m_pending_labels.push_back(node->text);
        if (is_loop || body->kind == NodeKind::Labeled) {
          CompileStatement(body);
        } else {
          Control control{Control::Kind::Label, m_depth, {}, {}, nullptr, {}, {}};
          control.labels.swap(m_pending_labels);
          m_controls.push_back(std::move(control));
          CompileStatement(body);
          PopControl();
        }
        m_pending_labels.clear();
        break;
      }
      case NodeKind::Throw:
        CompileExpression(node->Kid(0));
        SetPos(node->pos, false);
        Emit(Op::Throw);
        break;
      case NodeKind::Try: CompileTry(node); break;
      case NodeKind::Switch: CompileSwitch(node); break;
      default:
        CompileExpression(node);
        Emit(Op::Pop);
        break;
    }
  }

  void CompileCondition(Node* test) { CompileExpression(test); }

  void CompileVarDecl(Node* node) {
    bool lexical = node->text != "var";
    for (auto& declarator : node->kids) {
      Node* target = declarator->Kid(0);
      Node* init = declarator->Kid(1);
      if (init) {
        SetPos(declarator->pos, false);
        if (target->kind == NodeKind::Identifier) {
          CompileNamed(init, target->text);
        } else {
          CompileExpression(init);
        }
        if (lexical) {
          AssignPattern(target, true);
        } else {
          AssignPattern(target, false);
        }
      } else if (lexical) {
        Emit(Op::Undefined);
        AssignPattern(target, true);
      }
    }
  }

  void PushLoop(std::vector<Variable*> per_iteration = {}) {
    Control control{Control::Kind::Loop, m_depth, {}, {}, nullptr, std::move(per_iteration), {}};
    control.labels.swap(m_pending_labels);
    m_controls.push_back(std::move(control));
  }
  void PatchContinues(size_t target) {
    for (size_t at : m_controls.back().continues) PatchJumpTo(at, target);
    m_controls.back().continues.clear();
  }
  void PopControl() {
    for (size_t at : m_controls.back().breaks) PatchJump(at);
    m_controls.pop_back();
  }

  // Emits what leaving the try blocks between here and control index `stop` requires:
  // popping their handlers and running their finally blocks.
  void UnwindTo(size_t stop) {
    for (size_t i = m_controls.size(); i > stop; --i) {
      Control& control = m_controls[i - 1];
      if (control.kind != Control::Kind::Handler) continue;
      Emit(Op::PopHandler);
      if (control.finally_block) {
        // The finally block runs with the controls outside its try.
        std::vector<Control> saved(m_controls.begin() + static_cast<long>(i - 1), m_controls.end());
        m_controls.resize(i - 1);
        CompileStatement(control.finally_block);
        for (auto& c : saved) m_controls.push_back(std::move(c));
      }
    }
  }
  void UnwindForReturn() { UnwindTo(0); }

  void CompileJumpOut(bool is_break, const std::string& label) {
    size_t index = m_controls.size();
    while (index > 0) {
      Control& control = m_controls[index - 1];
      if (!label.empty()) {
        bool named = std::find(control.labels.begin(), control.labels.end(), label) != control.labels.end();
        if (named && (is_break || control.kind == Control::Kind::Loop)) break;
      } else if (control.kind == Control::Kind::Loop || (is_break && control.kind == Control::Kind::Switch)) {
        break;
      }
      --index;
    }
    if (index == 0) return;  // the parser rejects this
    UnwindTo(index);
    Control& target = m_controls[index - 1];
    int saved_depth = m_depth;
    int target_depth = is_break ? target.depth : target.depth;
    for (int d = m_depth; d > target_depth; --d) Emit(Op::Pop);
    size_t at = EmitJump(Op::Jump);
    m_depth = saved_depth;
    if (is_break) {
      target.breaks.push_back(at);
    } else {
      target.continues.push_back(at);
    }
  }

  void CompileFor(Node* node) {
    ScopeMark mark = BeginScope(node);
    if (Node* init = node->Kid(0)) {
      if (init->kind == NodeKind::VarDecl) {
        CompileVarDecl(init);
      } else {
        CompileExpression(init);
        Emit(Op::Pop);
      }
    }
    std::vector<Variable*> per_iteration;
    for (Variable* var : node->scope_vars) {
      if (var->captured) per_iteration.push_back(var);
    }
    size_t top = Here();
    size_t to_end = 0;
    bool has_test = node->Kid(1) != nullptr;
    if (has_test) {
      SetPos(node->Kid(1)->pos, true);
      CompileCondition(node->Kid(1));
      to_end = EmitJump(Op::JumpIfFalse);
    }
    PushLoop(per_iteration);
    CompileStatement(node->Kid(3));
    PatchContinues(Here());
    // Each iteration gets fresh bindings, so closures made in the body keep their own copy.
    for (Variable* var : per_iteration) EmitSlot(Op::CopyBox, var->slot);
    if (Node* update = node->Kid(2)) {
      SetPos(update->pos, true);
      CompileExpression(update);
      Emit(Op::Pop);
    }
    EmitJumpTo(Op::Jump, top);
    if (has_test) PatchJump(to_end);
    PopControl();
    EndScope(mark);
  }

  void CompileForOfIn(Node* node) {
    bool is_of = node->kind == NodeKind::ForOf;
    CompileExpression(node->Kid(1));
    SetPos(node->Kid(1)->pos, false);
    Emit(is_of ? Op::IterInit : Op::ForInInit);
    NoteCallee(CalleeSource(node->Kid(1)));
    ScopeMark mark{m_next_slot};
    for (Variable* var : node->scope_vars) {
      if (var->slot < 0) var->slot = AllocSlot();
    }
    size_t top = Here();
    PushLoop();
    size_t to_end = EmitJump(Op::IterNext);  // pushes the next value
    AdjustDepth(0);
    // A fresh binding per iteration.
    for (Variable* var : node->scope_vars) {
      m_initialized.erase(var);
      if (var->captured) EmitSlot(Op::NewBox, var->slot);
      else if (var->NeedsTdz()) EmitSlot(Op::InitTdz, var->slot);
    }
    Node* left = node->Kid(0);
    if (left->kind == NodeKind::VarDecl) {
      AssignPattern(left->Kid(0)->Kid(0), left->text != "var");
    } else {
      AssignPattern(left, false);
    }
    CompileStatement(node->Kid(2));
    PatchContinues(top);
    EmitJumpTo(Op::Jump, top);
    PatchJump(to_end);
    // IterNext jumps here with only the iterator on the stack.
    AdjustDepth(-1);
    m_controls.back().depth = m_depth;  // breaks arrive with the iterator still there
    // Breaks were recorded at depth+1? No: the loop's depth is taken at PushLoop (iterator on).
    PopControl();
    Emit(Op::Pop);
    EndScope(mark);
  }

  void CompileTry(Node* node) {
    Node* block = node->Kid(0);
    Node* param = node->Kid(1);
    Node* handler = node->Kid(2);
    Node* finalizer = node->Kid(3);
    size_t finally_handler = 0;
    if (finalizer) {
      finally_handler = EmitJump(Op::PushHandler);
      m_controls.push_back(Control{Control::Kind::Handler, m_depth, {}, {}, finalizer, {}, {}});
    }
    if (handler) {
      size_t catch_handler = EmitJump(Op::PushHandler);
      m_controls.push_back(Control{Control::Kind::Handler, m_depth, {}, {}, nullptr, {}, {}});
      CompileStatement(block);
      m_controls.pop_back();
      Emit(Op::PopHandler);
      size_t to_after = EmitJump(Op::Jump);
      PatchJump(catch_handler);
      AdjustDepth(1);  // the thrown value
      ScopeMark mark = BeginScope(node);
      SetPos(handler->pos, true);
      if (param) {
        AssignPattern(param, true);
      } else {
        Emit(Op::Pop);
      }
      CompileStatement(handler);
      EndScope(mark);
      PatchJump(to_after);
    } else {
      CompileStatement(block);
    }
    if (finalizer) {
      m_controls.pop_back();
      Emit(Op::PopHandler);
      CompileStatement(finalizer);
      size_t to_end = EmitJump(Op::Jump);
      PatchJump(finally_handler);
      AdjustDepth(1);  // the thrown value waits while the finally block runs
      CompileStatement(finalizer);
      Emit(Op::Rethrow);
      PatchJump(to_end);
    }
  }

  void CompileSwitch(Node* node) {
    CompileExpression(node->Kid(0));
    ScopeMark mark = BeginScope(node);
    bool saved_in_switch = m_in_switch;
    m_in_switch = true;
    std::vector<size_t> case_jumps;
    size_t default_index = 0;
    bool has_default = false;
    for (size_t i = 1; i < node->kids.size(); ++i) {
      Node* clause = node->kids[i].get();
      if (!clause->Kid(0)) {
        has_default = true;
        default_index = i;
        case_jumps.push_back(0);
        continue;
      }
      Emit(Op::Dup);
      CompileExpression(clause->Kid(0));
      Emit(Op::StrictEq);
      case_jumps.push_back(EmitJump(Op::JumpIfTrue));
    }
    size_t to_default = EmitJump(Op::Jump);
    m_controls.push_back(Control{Control::Kind::Switch, m_depth, {}, {}, nullptr, {}, {}});
    for (size_t i = 1; i < node->kids.size(); ++i) {
      Node* clause = node->kids[i].get();
      if (i == default_index && has_default) {
        PatchJump(to_default);
      } else {
        PatchJump(case_jumps[i - 1]);
      }
      for (size_t j = 1; j < clause->kids.size(); ++j) {
        Node* statement = clause->kids[j].get();
        if (statement->kind == NodeKind::Function && statement->var) {
          EmitClosure(*statement);
          StoreVarInit(statement->var);
        }
      }
      for (size_t j = 1; j < clause->kids.size(); ++j) CompileStatement(clause->kids[j].get());
    }
    if (!has_default) PatchJump(to_default);
    PopControl();
    Emit(Op::Pop);
    m_in_switch = saved_in_switch;
    EndScope(mark);
  }

  // [SECTION] Patterns
  // Consumes the top value, storing it into `target`. `init` means a declaration (let/const
  // initialization, parameters, catch); otherwise an assignment.
  void AssignPattern(Node* target, bool init) {
    switch (target->kind) {
      case NodeKind::Identifier:
        if (init && target->var) {
          StoreVarInit(target->var);
        } else {
          SetVar(target);
          Emit(Op::Pop);
        }
        return;
      case NodeKind::Member:
        CompileExpression(target->Kid(0));
        Emit(Op::Swap);
        SetPos(target->op_pos, false);
        EmitName(Op::SetProp, target->text);
        Emit(Op::Pop);
        return;
      case NodeKind::Index:
        CompileExpression(target->Kid(0));
        CompileExpression(target->Kid(1));
        Emit(Op::Rot3);
        SetPos(target->op_pos, false);
        Emit(Op::SetElem);
        Emit(Op::Pop);
        return;
      case NodeKind::AssignPattern: {
        Emit(Op::Dup);
        Emit(Op::Undefined);
        Emit(Op::StrictEq);
        size_t skip = EmitJump(Op::JumpIfFalse);
        Emit(Op::Pop);
        if (target->Kid(0)->kind == NodeKind::Identifier) {
          CompileNamed(target->Kid(1), target->Kid(0)->text);
        } else {
          CompileExpression(target->Kid(1));
        }
        PatchJump(skip);
        AssignPattern(target->Kid(0), init);
        return;
      }
      case NodeKind::ArrayPattern: {
        SetPos(target->pos, false);
        Emit(Op::IterInit);
        NoteCallee("");  // the message describes the value instead
        for (auto& element : target->kids) {
          if (element->kind == NodeKind::Hole) {
            Emit(Op::IterValue);
            Emit(Op::Pop);
          } else if (element->kind == NodeKind::Rest) {
            Emit(Op::IterRest);
            AssignPattern(element->Kid(0), init);
          } else {
            Emit(Op::IterValue);
            AssignPattern(element.get(), init);
          }
        }
        Emit(Op::Pop);
        return;
      }
      case NodeKind::ObjectPattern: {
        std::string first;
        for (auto& property : target->kids) {
          if (property->kind == NodeKind::Property && !property->flag) {
            first = property->Kid(0)->kind == NodeKind::NumberLit ? NumberKey(property->Kid(0)->number)
                                                                   : property->Kid(0)->text;
            break;
          }
        }
        SetPos(target->pos, false);
        EmitName(Op::RequireObject, first);
        std::vector<std::string> used;
        for (auto& property : target->kids) {
          if (property->kind == NodeKind::Rest) {
            Emit(Op::Dup);
            Emit(Op::NewArray);
            for (const std::string& key : used) {
              EmitString(key);
              Emit(Op::ArrayPush);
            }
            Emit(Op::ObjectRest);
            AssignPattern(property->Kid(0), init);
            continue;
          }
          Emit(Op::Dup);
          Node* key = property->Kid(0);
          if (property->flag) {
            CompileExpression(key);
            Emit(Op::GetElem);
          } else {
            std::string name = key->kind == NodeKind::NumberLit ? NumberKey(key->number) : key->text;
            used.push_back(name);
            EmitName(Op::GetProp, name);
          }
          AssignPattern(property->Kid(1), init);
        }
        Emit(Op::Pop);
        return;
      }
      default:
        Emit(Op::Pop);
        return;
    }
  }

  // [SECTION] Expressions
  void CompileExpression(Node* node) {
    switch (node->kind) {
      case NodeKind::NumberLit: EmitConst(node->number); return;
      case NodeKind::StringLit: EmitString(node->text); return;
      case NodeKind::TrueLit: Emit(Op::True); return;
      case NodeKind::FalseLit: Emit(Op::False); return;
      case NodeKind::NullLit: Emit(Op::Null); return;
      case NodeKind::This:
        if (m_info->is_arrow) {
          FunctionInfo* target = m_info;
          while (target->is_arrow && target->parent) target = target->parent;
          if (target->this_var) {
            EmitSlot(Op::GetUpval, UpvalueIndex(target->this_var));
            return;
          }
        }
        Emit(Op::This);
        return;
      case NodeKind::Identifier:
        // V8 reports a missing global at the start of the statement that reads it.
        SetPos(node->var ? node->pos : m_statement_pos, false);
        GetVar(node);
        return;
      case NodeKind::TemplateLit: {
        EmitString(node->kids[0]->text);
        for (size_t i = 1; i + 1 < node->kids.size(); i += 2) {
          CompileExpression(node->kids[i].get());
          Emit(Op::ToString);
          Emit(Op::Add);
          if (!node->kids[i + 1]->text.empty()) {
            EmitString(node->kids[i + 1]->text);
            Emit(Op::Add);
          }
        }
        return;
      }
      case NodeKind::ArrayLit:
        Emit(Op::NewArray);
        for (auto& element : node->kids) {
          if (element->kind == NodeKind::Hole) {
            Emit(Op::ArrayHole);
          } else if (element->kind == NodeKind::Spread) {
            CompileExpression(element->Kid(0));
            SetPos(element->pos, false);
            Emit(Op::ArraySpread);
          } else {
            CompileExpression(element.get());
            Emit(Op::ArrayPush);
          }
        }
        return;
      case NodeKind::ObjectLit: CompileObjectLiteral(node); return;
      case NodeKind::Function: EmitClosure(*node); return;
      case NodeKind::Unary: CompileUnary(node); return;
      case NodeKind::Update: CompileUpdate(node); return;
      case NodeKind::Binary: CompileBinary(node); return;
      case NodeKind::Logical: {
        CompileExpression(node->Kid(0));
        Op op = node->op == TokenKind::AmpAmp ? Op::AndJump : node->op == TokenKind::PipePipe ? Op::OrJump : Op::NullishJump;
        size_t to_end = EmitJump(op);
        CompileExpression(node->Kid(1));
        PatchJump(to_end);
        return;
      }
      case NodeKind::Conditional: {
        CompileExpression(node->Kid(0));
        size_t to_else = EmitJump(Op::JumpIfFalse);
        CompileExpression(node->Kid(1));
        size_t to_end = EmitJump(Op::Jump);
        AdjustDepth(-1);
        PatchJump(to_else);
        CompileExpression(node->Kid(2));
        PatchJump(to_end);
        return;
      }
      case NodeKind::Assign: CompileAssign(node); return;
      case NodeKind::Sequence:
        for (size_t i = 0; i < node->kids.size(); ++i) {
          CompileExpression(node->kids[i].get());
          if (i + 1 < node->kids.size()) Emit(Op::Pop);
        }
        return;
      case NodeKind::Member:
        CompileExpression(node->Kid(0));
        if (node->flag) EmitOptionalJump();
        SetPos(node->op_pos, false);
        EmitName(Op::GetProp, node->text);
        return;
      case NodeKind::Index:
        CompileExpression(node->Kid(0));
        if (node->flag) EmitOptionalJump();
        CompileExpression(node->Kid(1));
        SetPos(node->op_pos, false);
        Emit(Op::GetElem);
        return;
      case NodeKind::Call: CompileCall(node); return;
      case NodeKind::New: {
        CompileExpression(node->Kid(0));
        bool spread = HasSpread(node, 1);
        if (spread) {
          CompileSpreadArgs(node, 1);
          SetPos(node->pos, false);
          Emit(Op::NewSpread);
          NoteCallee(CalleeSource(node->Kid(0)));
        } else {
          int argc = CompileArgs(node, 1);
          SetPos(node->pos, false);
          Emit(Op::New);
          Byte(static_cast<uint8_t>(argc));
          NoteCallee(CalleeSource(node->Kid(0)));
          AdjustDepth(-argc);
        }
        return;
      }
      case NodeKind::Await:
        CompileExpression(node->Kid(0));
        SetPos(node->pos, false);
        Emit(Op::Await);
        return;
      case NodeKind::OptionalChain: {
        int saved_base = m_chain_base;
        std::vector<size_t> saved_jumps = std::move(m_chain_jumps);
        m_chain_jumps.clear();
        m_chain_base = m_depth;
        CompileExpression(node->Kid(0));
        for (size_t at : m_chain_jumps) PatchJump(at);
        m_chain_jumps = std::move(saved_jumps);
        m_chain_base = saved_base;
        return;
      }
      default:
        // Patterns and statements never reach here from a well-formed tree.
        Emit(Op::Undefined);
        return;
    }
  }

  // `?.`: when the value on top is null or undefined, the whole chain becomes undefined.
  void EmitOptionalJump() {
    int extra = m_depth - 1 - m_chain_base;
    Emit(Op::OptionalJump);
    Byte(static_cast<uint8_t>(extra < 0 ? 0 : extra));
    size_t at = Here();
    I32(0);
    m_chain_jumps.push_back(at);
  }

  void CompileObjectLiteral(Node* node) {
    Emit(Op::NewObject);
    for (auto& property : node->kids) {
      if (property->kind == NodeKind::Spread) {
        CompileExpression(property->Kid(0));
        Emit(Op::ObjectSpread);
        continue;
      }
      Node* key = property->Kid(0);
      Node* value = property->Kid(1);
      if (property->flag) {
        CompileExpression(key);
        CompileExpression(value);
        if (value->kind == NodeKind::Function && value->function->name.empty()) {
          // A computed-key method is named by its key at run time.
          Emit(Op::Dup2);
          Emit(Op::Swap);
          Emit(Op::Pop);
          Emit(Op::Swap);
          Emit(Op::Pop);
          Emit(Op::Swap);
          Emit(Op::Dup);
          Emit(Op::Rot3);
          Emit(Op::Swap);
          Emit(Op::SetFunctionName);
          Emit(Op::Swap);
          Emit(Op::Pop);
        }
        Emit(Op::DefineElem);
        continue;
      }
      std::string name = key->kind == NodeKind::NumberLit ? NumberKey(key->number) : key->text;
      CompileNamed(value, name);
      EmitName(Op::DefineProp, name);
    }
  }

  void CompileUnary(Node* node) {
    if (!node->text.empty()) {
      const std::string& word = node->text;
      Node* operand = node->Kid(0);
      if (word == "typeof") {
        if (operand->kind == NodeKind::Identifier && !operand->var) {
          if (operand->text == "undefined") {
            EmitString("undefined");
            return;
          }
          EmitName(Op::TypeofGlobal, operand->text);
        } else {
          CompileExpression(operand);
        }
        Emit(Op::Typeof);
        return;
      }
      if (word == "void") {
        CompileExpression(operand);
        Emit(Op::Pop);
        Emit(Op::Undefined);
        return;
      }
      // delete
      if (operand->kind == NodeKind::Member) {
        CompileExpression(operand->Kid(0));
        EmitName(Op::DeleteProp, operand->text);
      } else if (operand->kind == NodeKind::Index) {
        CompileExpression(operand->Kid(0));
        CompileExpression(operand->Kid(1));
        Emit(Op::DeleteElem);
      } else {
        CompileExpression(operand);
        Emit(Op::Pop);
        Emit(Op::True);
      }
      return;
    }
    // Fold negative literals so `-1` is one constant.
    if (node->op == TokenKind::Minus && node->Kid(0)->kind == NodeKind::NumberLit) {
      EmitConst(-node->Kid(0)->number);
      return;
    }
    CompileExpression(node->Kid(0));
    switch (node->op) {
      case TokenKind::Minus: Emit(Op::Neg); break;
      case TokenKind::Plus: Emit(Op::ToNumber); break;
      case TokenKind::Bang: Emit(Op::Not); break;
      case TokenKind::Tilde: Emit(Op::BitNot); break;
      default: break;
    }
  }

  void CompileUpdate(Node* node) {
    bool prefix = node->flag;
    Op op = node->op == TokenKind::PlusPlus ? Op::Inc : Op::Dec;
    Node* target = node->Kid(0);
    if (target->kind == NodeKind::Identifier) {
      GetVar(target);
      Emit(Op::ToNumber);
      if (!prefix) Emit(Op::Dup);
      Emit(op);
      SetVar(target);
      if (!prefix) Emit(Op::Pop);
      return;
    }
    ScopeMark mark{m_next_slot};
    int temp = AllocSlot();
    CompileExpression(target->Kid(0));
    if (target->kind == NodeKind::Member) {
      Emit(Op::Dup);
      SetPos(target->op_pos, false);
      EmitName(Op::GetProp, target->text);
    } else {
      CompileExpression(target->Kid(1));
      Emit(Op::Dup2);
      SetPos(target->op_pos, false);
      Emit(Op::GetElem);
    }
    Emit(Op::ToNumber);
    if (!prefix) {
      Emit(Op::Dup);
      EmitSlot(Op::StoreLocal, temp);
    }
    Emit(op);
    if (target->kind == NodeKind::Member) {
      EmitName(Op::SetProp, target->text);
    } else {
      Emit(Op::SetElem);
    }
    if (!prefix) {
      Emit(Op::Pop);
      EmitSlot(Op::GetLocal, temp);
    }
    EndScope(mark);
  }

  static Op BinaryOp(const Node* node) {
    if (node->text == "in") return Op::In;
    if (node->text == "instanceof") return Op::InstanceOf;
    switch (node->op) {
      case TokenKind::Plus: case TokenKind::PlusAssign: return Op::Add;
      case TokenKind::Minus: case TokenKind::MinusAssign: return Op::Sub;
      case TokenKind::Star: case TokenKind::StarAssign: return Op::Mul;
      case TokenKind::Slash: case TokenKind::SlashAssign: return Op::Div;
      case TokenKind::Percent: case TokenKind::PercentAssign: return Op::Mod;
      case TokenKind::StarStar: case TokenKind::StarStarAssign: return Op::Pow;
      case TokenKind::Amp: case TokenKind::AmpAssign: return Op::BitAnd;
      case TokenKind::Pipe: case TokenKind::PipeAssign: return Op::BitOr;
      case TokenKind::Caret: case TokenKind::CaretAssign: return Op::BitXor;
      case TokenKind::Shl: case TokenKind::ShlAssign: return Op::Shl;
      case TokenKind::Shr: case TokenKind::ShrAssign: return Op::Shr;
      case TokenKind::UShr: case TokenKind::UShrAssign: return Op::UShr;
      case TokenKind::EqEq: return Op::Eq;
      case TokenKind::NotEq: return Op::Ne;
      case TokenKind::EqEqEq: return Op::StrictEq;
      case TokenKind::NotEqEq: return Op::StrictNe;
      case TokenKind::Lt: return Op::Lt;
      case TokenKind::Le: return Op::Le;
      case TokenKind::Gt: return Op::Gt;
      case TokenKind::Ge: return Op::Ge;
      default: return Op::Nop;
    }
  }

  void CompileBinary(Node* node) {
    CompileExpression(node->Kid(0));
    CompileExpression(node->Kid(1));
    SetPos(node->pos, false);
    Emit(BinaryOp(node));
  }

  void CompileAssign(Node* node) {
    Node* target = node->Kid(0);
    Node* value = node->Kid(1);
    TokenKind op = node->op;
    bool logical = op == TokenKind::AmpAmpAssign || op == TokenKind::PipePipeAssign ||
                   op == TokenKind::QuestionQuestionAssign;
    Op jump_op = op == TokenKind::AmpAmpAssign ? Op::AndJump : op == TokenKind::PipePipeAssign ? Op::OrJump : Op::NullishJump;
    if (target->kind == NodeKind::ArrayPattern || target->kind == NodeKind::ObjectPattern) {
      CompileExpression(value);
      Emit(Op::Dup);
      AssignPattern(target, false);
      return;
    }
    if (target->kind == NodeKind::Identifier) {
      if (op == TokenKind::Assign) {
        CompileNamed(value, target->text);
      } else if (logical) {
        GetVar(target);
        size_t to_end = EmitJump(jump_op);
        CompileNamed(value, target->text);
        SetVar(target);
        PatchJump(to_end);
        return;
      } else {
        GetVar(target);
        CompileExpression(value);
        SetPos(node->pos, false);
        Emit(BinaryOp(node));
      }
      SetVar(target);
      return;
    }
    bool is_member = target->kind == NodeKind::Member;
    CompileExpression(target->Kid(0));
    if (!is_member) CompileExpression(target->Kid(1));
    if (op == TokenKind::Assign) {
      CompileExpression(value);
    } else if (logical) {
      // [obj (key)] -> read the current value; keep it when the operator short-circuits.
      Emit(is_member ? Op::Dup : Op::Dup2);
      SetPos(target->op_pos, false);
      if (is_member) EmitName(Op::GetProp, target->text);
      else Emit(Op::GetElem);
      Emit(Op::Dup);
      Op keep_jump = jump_op == Op::AndJump ? Op::JumpIfFalse : jump_op == Op::OrJump ? Op::JumpIfTrue : Op::Nop;
      size_t to_keep;
      if (keep_jump == Op::Nop) {
        // ??=: keep when the current value is neither null nor undefined.
        Emit(Op::Null);
        Emit(Op::Eq);
        to_keep = EmitJump(Op::JumpIfFalse);
      } else {
        to_keep = EmitJump(keep_jump);
      }
      Emit(Op::Pop);
      CompileExpression(value);
      SetPos(target->op_pos, false);
      if (is_member) EmitName(Op::SetProp, target->text);
      else Emit(Op::SetElem);
      size_t to_end = EmitJump(Op::Jump);
      // Short-circuit: [obj (key) current] -> [current]
      PatchJump(to_keep);
      AdjustDepth(is_member ? 1 : 2);
      if (!is_member) {
        Emit(Op::Rot3);
        Emit(Op::Pop);
      }
      Emit(Op::Swap);
      Emit(Op::Pop);
      PatchJump(to_end);
      return;
    } else {
      Emit(is_member ? Op::Dup : Op::Dup2);
      SetPos(target->op_pos, false);
      if (is_member) EmitName(Op::GetProp, target->text);
      else Emit(Op::GetElem);
      CompileExpression(value);
      SetPos(node->pos, false);
      Emit(BinaryOp(node));
    }
    SetPos(target->op_pos, false);
    if (is_member) EmitName(Op::SetProp, target->text);
    else Emit(Op::SetElem);
  }

  // Remembers the callee's source text for "x is not a function" messages, keyed by the
  // offset just past the instruction (where the VM's frame ip stands while it runs).
  void NoteCallee(const std::string& text) { m_code->call_names.emplace_back(static_cast<uint32_t>(Here()), text); }
  std::string CalleeSource(Node* callee) const { return SourceText(callee->pos, callee->end); }

  static bool HasSpread(Node* node, size_t first) {
    for (size_t i = first; i < node->kids.size(); ++i) {
      if (node->kids[i]->kind == NodeKind::Spread) return true;
    }
    return false;
  }
  int CompileArgs(Node* node, size_t first) {
    int argc = 0;
    for (size_t i = first; i < node->kids.size(); ++i, ++argc) CompileExpression(node->kids[i].get());
    return argc;
  }
  void CompileSpreadArgs(Node* node, size_t first) {
    Emit(Op::NewArray);
    for (size_t i = first; i < node->kids.size(); ++i) {
      Node* arg = node->kids[i].get();
      if (arg->kind == NodeKind::Spread) {
        CompileExpression(arg->Kid(0));
        Emit(Op::ArraySpread);
      } else {
        CompileExpression(arg);
        Emit(Op::ArrayPush);
      }
    }
  }

  void CompileCall(Node* node) {
    Node* callee = node->Kid(0);
    SourcePos call_pos = callee->pos;
    if (callee->kind == NodeKind::Member) {
      CompileExpression(callee->Kid(0));
      if (callee->flag) EmitOptionalJump();
      SetPos(callee->op_pos, false);
      EmitName(Op::GetMethod, callee->text);
      call_pos = callee->op_pos;
    } else if (callee->kind == NodeKind::Index) {
      CompileExpression(callee->Kid(0));
      if (callee->flag) EmitOptionalJump();
      CompileExpression(callee->Kid(1));
      SetPos(callee->op_pos, false);
      Emit(Op::GetMethodElem);
    } else {
      CompileExpression(callee);
      Emit(Op::Undefined);
    }
    if (node->flag) {
      Emit(Op::Swap);
      EmitOptionalJump();
      Emit(Op::Swap);
    }
    if (HasSpread(node, 1)) {
      CompileSpreadArgs(node, 1);
      SetPos(call_pos, false);
      Emit(Op::CallSpread);
      NoteCallee(CalleeSource(callee));
      return;
    }
    int argc = CompileArgs(node, 1);
    SetPos(call_pos, false);
    Emit(Op::Call);
    Byte(static_cast<uint8_t>(argc));
    NoteCallee(CalleeSource(callee));
    AdjustDepth(-(argc + 1));
  }

  FunctionCompiler* m_parent;
  FunctionInfo* m_info;
  std::string m_file;
  std::string_view m_source;
  std::unique_ptr<FunctionCode> m_code;
  std::unordered_map<std::string, int> m_string_constants;
  std::unordered_map<Variable*, bool> m_initialized;
  std::vector<Control> m_controls;
  std::vector<size_t> m_chain_jumps;
  std::vector<std::string> m_pending_labels;  // labels for the loop about to be compiled
  std::string m_pending_name;
  SourcePos m_statement_pos;  // start of the statement being compiled
  int m_chain_base = 0;
  int m_depth = 0;
  int m_max_depth = 0;
  int m_next_slot = 0;
  int m_max_slots = 0;
  bool m_in_switch = false;
};

}  // namespace

std::unique_ptr<FunctionCode> CompileResolved(Node& program, const std::string& file, std::string_view source) {
  FunctionCompiler compiler(nullptr, program.function.get(), file, source);
  return compiler.CompileProgram(program);
}

CompileResult CompileProgram(std::string_view source, const std::string& file, const ParseOptions& options) {
  CompileResult result;
  ParseResult parsed = Parse(source, file, options);
  if (!parsed.ok()) {
    result.diagnostics = std::move(parsed.diagnostics);
    return result;
  }
  result.diagnostics = Resolve(*parsed.program, file);
  if (!result.diagnostics.empty()) return result;
  result.program = CompileResolved(*parsed.program, file, source);
  return result;
}

}  // namespace th
