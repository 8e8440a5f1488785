// Variables (slots, boxes, upvalues, the temporal dead zone), functions and block scopes.
#include "lang/compiler_impl.h"

namespace th::detail {

int FunctionCompiler::AllocSlot() {
  int slot = m_next_slot++;
  if (m_next_slot > m_max_slots) m_max_slots = m_next_slot;
  return slot;
}

int FunctionCompiler::UpvalueIndex(Variable* var) {
  for (size_t i = 0; i < m_info->upvalues.size(); ++i) {
    if (m_info->upvalues[i] == var) return static_cast<int>(i);
  }
  return 0;  // the resolver guarantees presence
}

void FunctionCompiler::GetVar(Node* identifier) {
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

void FunctionCompiler::SetVar(Node* identifier) {
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

void FunctionCompiler::StoreVarInit(Variable* var) {
  if (IsLocal(var)) {
    EmitSlot(var->captured ? Op::StoreBox : Op::StoreLocal, var->slot);
  } else {
    EmitSlot(Op::SetUpval, UpvalueIndex(var));
    Emit(Op::Pop);
  }
  if (!m_in_switch) m_initialized.insert({var, true});
}

void FunctionCompiler::DeclareScopeVars(const std::vector<Variable*>& vars) {
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

void FunctionCompiler::Prologue(Node* node) {
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

void FunctionCompiler::HoistFunctions(std::vector<NodePtr>& statements) {
  for (auto& statement : statements) {
    if (statement && statement->kind == NodeKind::Function && statement->function->is_declaration && statement->var) {
      EmitClosure(*statement);
      StoreVarInit(statement->var);
    }
  }
}

void FunctionCompiler::EmitClosure(Node& node) {
  FunctionCompiler child(this, node.function.get(), m_file, m_source, m_line_starts);
  std::unique_ptr<FunctionCode> code = child.CompileFunction(node);
  if (code->name.empty() && !m_pending_name.empty()) code->name = m_pending_name;
  m_pending_name.clear();
  m_code->functions.push_back(std::move(code));
  EmitSlot(Op::Closure, static_cast<int>(m_code->functions.size() - 1));
}

void FunctionCompiler::CompileNamed(Node* value, const std::string& name) {
  if (value->kind == NodeKind::Function && value->function->name.empty()) {
    m_pending_name = name;
    EmitClosure(*value);
    return;
  }
  if (value->kind == NodeKind::Class && value->text.empty()) {
    value->text = name;  // `const Dog = class {}` is a class named Dog
    value->Kid(1)->function->name = name;
  }
  CompileExpression(value);
}

FunctionCompiler::ScopeMark FunctionCompiler::BeginScope(Node* node) {
  ScopeMark mark{m_next_slot};
  DeclareScopeVars(node->scope_vars);
  return mark;
}

}  // namespace th::detail
