// Statements, control flow (break/continue through finally) and destructuring patterns.
#include "lang/compiler_impl.h"

namespace th::detail {

void FunctionCompiler::CompileStatements(std::vector<NodePtr>& statements) {
  for (auto& statement : statements) {
    if (statement) CompileStatement(statement.get());
  }
}

void FunctionCompiler::CompileStatement(Node* node) {
  if (node->kind != NodeKind::Block && node->kind != NodeKind::Function && node->kind != NodeKind::Empty) {
    SetPos(node->pos, true);
  }
  switch (node->kind) {
    case NodeKind::ExprStmt:
      CompileExpression(node->Kid(0));
      Emit(Op::Pop);
      break;
    case NodeKind::VarDecl: CompileVarDecl(node); break;
    case NodeKind::Function: break;  // hoisted
    case NodeKind::Empty: break;
    case NodeKind::FieldDefine: {
      // In a class's fields function: define the field on `this`, as an own enumerable property
      // (a #name's under its symbol).
      Node* key = node->Kid(0);
      if (key->kind == NodeKind::Identifier) {
        Emit(Op::This);
        GetVar(key);
        if (node->Kid(1)) {
          CompileNamed(node->Kid(1), key->text);
        } else {
          Emit(Op::Undefined);
        }
        Emit(Op::DefineElem);
        Emit(Op::Pop);
        break;
      }
      const std::string name = key->kind == NodeKind::NumberLit ? NumberKey(key->number) : key->text;
      Emit(Op::This);
      if (node->Kid(1)) {
        CompileNamed(node->Kid(1), name);
      } else {
        Emit(Op::Undefined);
      }
      EmitName(Op::DefineProp, name);
      Emit(Op::Pop);
      break;
    }
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
        EmitImplicitReturnValue();
      }
      // An async generator's `return x` awaits x (`return;` does not).
      if (node->Kid(0) && InAsyncGenerator()) Emit(Op::Await);
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

void FunctionCompiler::CompileVarDecl(Node* node) {
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

void FunctionCompiler::PushLoop(std::vector<Variable*> per_iteration) {
  Control control{Control::Kind::Loop, m_depth, {}, {}, nullptr, std::move(per_iteration), {}};
  control.labels.swap(m_pending_labels);
  m_controls.push_back(std::move(control));
}

void FunctionCompiler::PatchContinues(size_t target) {
  for (size_t at : m_controls.back().continues) PatchJumpTo(at, target);
  m_controls.back().continues.clear();
}

void FunctionCompiler::PopControl() {
  for (size_t at : m_controls.back().breaks) PatchJump(at);
  m_controls.pop_back();
}

void FunctionCompiler::UnwindTo(size_t stop, bool close_iterators) {
  for (size_t i = m_controls.size(); i > stop; --i) {
    Control& control = m_controls[i - 1];
    if (close_iterators && control.closes_iterator) {
      // The iterator sits at the loop's depth, under what the return computed. (A stack deeper
      // than a byte can count is left unclosed: no real program nests that deep.)
      const int distance = m_depth - control.depth;
      if (distance >= 0 && distance <= 255) {
        if (control.async_iterator) {
          EmitAsyncIteratorClose(distance);
        } else {
          Emit(Op::IterCloseUnder);
          Byte(static_cast<uint8_t>(distance));
        }
      }
      continue;
    }
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

void FunctionCompiler::CompileJumpOut(bool is_break, const std::string& label) {
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
  int target_depth = target.depth;
  // The for-of loops it leaves on the way close their iterators, innermost first.
  std::vector<int> iterators;
  std::vector<int> async_iterators;
  for (size_t i = index; i < m_controls.size(); ++i) {
    if (m_controls[i].closes_iterator) {
      (m_controls[i].async_iterator ? async_iterators : iterators).push_back(m_controls[i].depth);
    }
  }
  for (int d = m_depth; d > target_depth; --d) {
    if (std::find(async_iterators.begin(), async_iterators.end(), d) != async_iterators.end()) {
      EmitAsyncIteratorClose(0);
      Emit(Op::Pop);
      continue;
    }
    Emit(std::find(iterators.begin(), iterators.end(), d) != iterators.end() ? Op::IterClose : Op::Pop);
  }
  size_t at = EmitJump(Op::Jump);
  m_depth = saved_depth;
  if (is_break) {
    target.breaks.push_back(at);
  } else {
    target.continues.push_back(at);
  }
}

void FunctionCompiler::CompileFor(Node* node) {
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

// [value] -> []: a for-of/in's value goes to its target, a fresh binding each iteration.
void FunctionCompiler::BindLoopValue(Node* node) {
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
}

void FunctionCompiler::CompileForOfIn(Node* node) {
  bool is_of = node->kind == NodeKind::ForOf;
  if (is_of && node->flag) {
    CompileForAwait(node);
    return;
  }
  // V8 gives the iterated expression a position of its own, even where its code comes first.
  SetPos(node->Kid(1)->pos, false);
  CompileExpression(node->Kid(1));
  SetPos(node->Kid(1)->pos, false);
  Emit(is_of ? Op::IterInit : Op::ForInInit);
  NoteCallee(IterableSource(node->Kid(1)));
  ScopeMark mark{m_next_slot};
  for (Variable* var : node->scope_vars) {
    if (var->slot < 0) var->slot = AllocSlot();
  }
  // A throw out of a for-of's body closes its iterator on the way (a generator's finally blocks
  // run, a user iterator's return() is called): a handler around the loop does it and rethrows.
  size_t close_handler = 0;
  if (is_of) {
    close_handler = EmitJump(Op::PushHandler);
    m_controls.push_back(Control{Control::Kind::Handler, m_depth, {}, {}, nullptr, {}, {}});
  }
  size_t top = Here();
  PushLoop();
  m_controls.back().closes_iterator = is_of;
  size_t to_end = EmitJump(Op::IterNext);  // pushes the next value
  BindLoopValue(node);
  CompileStatement(node->Kid(2));
  PatchContinues(top);
  EmitJumpTo(Op::Jump, top);
  PatchJump(to_end);
  // IterNext jumps here with only the iterator on the stack.
  AdjustDepth(-1);
  m_controls.back().depth = m_depth;  // breaks arrive with the iterator still there
  PopControl();
  if (!is_of) {
    Emit(Op::Pop);
    EndScope(mark);
    return;
  }
  m_controls.pop_back();  // the closing handler
  Emit(Op::PopHandler);
  // A break leaves an iterator that is not done: a generator then finishes (its finally blocks run).
  Emit(Op::IterClose);
  const size_t to_after = EmitJump(Op::Jump);
  // A throw out of the body: [iterator error]. The iterator is closed and whatever its closing
  // throws is dropped: the body's exception goes on (ECMAScript 7.4.11 IteratorClose).
  PatchJump(close_handler);
  AdjustDepth(2);
  Emit(Op::Swap);
  const size_t to_drop = EmitJump(Op::PushHandler);
  Emit(Op::IterCloseUnder);
  Byte(0);
  Emit(Op::PopHandler);
  Emit(Op::Undefined);
  PatchJump(to_drop);  // [error iterator undefined-or-dropped-error]
  Emit(Op::Pop);
  Emit(Op::Pop);
  Emit(Op::Rethrow);
  PatchJump(to_after);
  EndScope(mark);
}

void FunctionCompiler::CompileTry(Node* node) {
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

void FunctionCompiler::CompileSwitch(Node* node) {
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

void FunctionCompiler::AssignPattern(Node* target, bool init) {
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
      // An iterator not run to its end is closed (a generator's finally blocks run).
      Emit(Op::IterClose);
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

}  // namespace th::detail
