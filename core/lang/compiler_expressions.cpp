// Expressions: literals, operators, assignments, calls, optional chains, templates.
#include "lang/compiler_impl.h"

namespace th::detail {

void FunctionCompiler::CompileExpression(Node* node) {
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
      // A missing global is reported where V8 reports it: at the identifier, unless reading it
      // is the first thing its statement does (then at the statement).
      if (node->var) SetPos(node->pos, false);
      else SetExpressionPos(node->pos);
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
    case NodeKind::TemplateObject: {
      // GetTemplateObject: made the first time this place runs, the same object ever after.
      Constant cache;
      cache.is_cache = true;
      m_code->constants.push_back(cache);
      const int site = static_cast<int>(m_code->constants.size() - 1);
      EmitExtended(ExtendedOp::CachedTemplate, site);
      const size_t to_done = EmitJump(Op::NullishJump);
      Emit(Op::NewArray);
      for (const NodePtr& piece : node->kids) {
        if (piece->flag) Emit(Op::Undefined);
        else EmitString(piece->text);
        Emit(Op::ArrayPush);
      }
      Emit(Op::NewArray);
      for (const NodePtr& piece : node->kids) {
        EmitString(piece->Kid(0)->text);
        Emit(Op::ArrayPush);
      }
      EmitExtended(ExtendedOp::MakeTemplate, site);
      PatchJump(to_done);
      return;
    }
    case NodeKind::RegExpLit:
      // A new RegExp object each time the literal is evaluated.
      EmitString(node->text);
      EmitString(node->Kid(0)->text);
      Emit(Op::NewRegExp);
      return;
    case NodeKind::ArrayLit:
      Emit(Op::NewArray);
      for (auto& element : node->kids) {
        if (element->kind == NodeKind::Hole) {
          Emit(Op::ArrayHole);
        } else if (element->kind == NodeKind::Spread) {
          CompileExpression(element->Kid(0));
          SetPos(element->pos, false);
          Emit(Op::ArraySpread);
          NoteCallee(IterableSource(element->Kid(0)));
        } else {
          CompileExpression(element.get());
          Emit(Op::ArrayPush);
        }
      }
      return;
    case NodeKind::ObjectLit: CompileObjectLiteral(node); return;
    case NodeKind::Function: EmitClosure(*node); return;
    case NodeKind::Class: CompileClass(node); return;
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
    case NodeKind::Super:
      Emit(Op::SuperBase);  // as super.x's object: the home object's prototype
      return;
    case NodeKind::Member:
      if (node->Kid(0)->kind == NodeKind::Super) {
        Emit(Op::SuperBase);
        SetPos(node->op_pos, false);
        EmitName(Op::GetSuperProp, node->text);  // a getter found there runs on this `this`
        return;
      }
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
    case NodeKind::Yield: CompileYield(node); return;
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

void FunctionCompiler::EmitOptionalJump() {
  int extra = m_depth - 1 - m_chain_base;
  Emit(Op::OptionalJump);
  Byte(static_cast<uint8_t>(extra < 0 ? 0 : extra));
  size_t at = Here();
  I32(0);
  m_chain_jumps.push_back(at);
}

void FunctionCompiler::CompileObjectLiteral(Node* node) {
  Emit(Op::NewObject);
  for (auto& property : node->kids) {
    if (property->kind == NodeKind::Spread) {
      CompileExpression(property->Kid(0));
      Emit(Op::ObjectSpread);
      continue;
    }
    Node* key = property->Kid(0);
    Node* value = property->Kid(1);
    if (property->text == "get" || property->text == "set") {
      EmitAccessor(property.get(), kAccessorEnumerable);
      continue;
    }
    if (property->flag) {
      CompileExpression(key);
      CompileExpression(value);
      if (value->kind == NodeKind::Function && value->function->name.empty()) {
        // A computed-key method is named by its key at run time.
        Emit(Op::SetFunctionName);
      }
      Emit(Op::DefineElem);
      continue;
    }
    std::string name = key->kind == NodeKind::NumberLit ? NumberKey(key->number) : key->text;
    CompileNamed(value, name);
    EmitName(Op::DefineProp, name);
  }
}

void FunctionCompiler::CompileUnary(Node* node) {
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

void FunctionCompiler::CompileUpdate(Node* node) {
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

Op FunctionCompiler::BinaryOp(const Node* node) {
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
    default: return Op::Count_;  // not a comparison
  }
}

void FunctionCompiler::CompileBinary(Node* node) {
  CompileExpression(node->Kid(0));
  CompileExpression(node->Kid(1));
  SetPos(node->pos, false);
  Emit(BinaryOp(node));
}

void FunctionCompiler::CompileAssign(Node* node) {
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
    Op keep_jump = jump_op == Op::AndJump ? Op::JumpIfFalse : jump_op == Op::OrJump ? Op::JumpIfTrue : Op::Count_;
    size_t to_keep;
    if (keep_jump == Op::Count_) {
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

bool FunctionCompiler::HasSpread(Node* node, size_t first) {
  for (size_t i = first; i < node->kids.size(); ++i) {
    if (node->kids[i]->kind == NodeKind::Spread) return true;
  }
  return false;
}

int FunctionCompiler::CompileArgs(Node* node, size_t first) {
  int argc = 0;
  for (size_t i = first; i < node->kids.size(); ++i, ++argc) CompileExpression(node->kids[i].get());
  return argc;
}

void FunctionCompiler::CompileSpreadArgs(Node* node, size_t first) {
  Emit(Op::NewArray);
  for (size_t i = first; i < node->kids.size(); ++i) {
    Node* arg = node->kids[i].get();
    if (arg->kind == NodeKind::Spread) {
      CompileExpression(arg->Kid(0));
      Emit(Op::ArraySpread);
      NoteCallee(kSpreadArgumentMessage);  // V8 words a spread argument's error its own way
    } else {
      CompileExpression(arg);
      Emit(Op::ArrayPush);
    }
  }
}

void FunctionCompiler::CompileCall(Node* node) {
  Node* callee = node->Kid(0);
  SourcePos call_pos = callee->pos;
  if (callee->kind == NodeKind::Super) {
    CompileSuperCall(node);
    return;
  }
  const bool super_method = (callee->kind == NodeKind::Member || callee->kind == NodeKind::Index) &&
                            callee->Kid(0)->kind == NodeKind::Super;
  if (super_method) {
    // super.m(...) calls the parent's m with this `this`.
    CompileExpression(callee);
    Emit(Op::This);
  } else if (callee->kind == NodeKind::Member) {
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

}  // namespace th::detail
