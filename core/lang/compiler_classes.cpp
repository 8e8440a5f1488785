// Classes: the constructor, its prototype and their methods, fields, and super.
//
// A class is built on the stack: the parent (when it extends one), the constructor's closure
// and the fields function become [constructor prototype] (ClassBase / ClassDerived, which also
// link them to the parent and give the constructor its home object and fields); each method is
// defined on one of the two (DefineMethod, not enumerable, with its home object for super.x);
// the static fields' function (with the static blocks) runs last, on the class itself, which is
// its home object. Before all that, each private #name's constant gets its new symbol.
#include "lang/compiler_impl.h"

namespace th::detail {

void FunctionCompiler::CompileClass(Node* node) {
  Node* heritage = node->Kid(0);
  Node* constructor = node->Kid(1);
  Node* fields = node->Kid(2);
  Node* static_fields = node->Kid(3);
  const ScopeMark mark = BeginScope(node);
  for (Variable* name : node->scope_vars) {
    EmitName(Op::NewPrivateName, name->name);
    StoreVarInit(name);
  }
  if (heritage) CompileExpression(heritage);
  EmitClosure(*constructor);
  if (fields) {
    EmitClosure(*fields);
  } else {
    Emit(Op::Undefined);
  }
  SetPos(node->pos, false);
  Emit(heritage ? Op::ClassDerived : Op::ClassBase);  // -> [constructor prototype]
  for (size_t i = 5; i < node->kids.size(); ++i) {
    Node* method = node->kids[i].get();
    Node* key = method->Kid(0);
    Node* function = method->Kid(1);
    if (method->is_static) Emit(Op::Swap);  // the constructor on top
    Emit(Op::Dup);
    if (method->text == "get" || method->text == "set") {
      EmitAccessor(method, kAccessorMethod);
    } else if (method->flag) {
      CompileExpression(key);
      EmitClosure(*function);
      Emit(Op::DefineMethodElem);
    } else {
      EmitClosure(*function);
      EmitName(Op::DefineMethod, key->kind == NodeKind::NumberLit ? NumberKey(key->number) : key->text);
    }
    Emit(Op::Pop);
    if (method->is_static) Emit(Op::Swap);
  }
  Emit(Op::Pop);  // -> [constructor]
  if (static_fields) {
    Emit(Op::Dup);
    EmitClosure(*static_fields);
    Emit(Op::SetHomeObject);
    Emit(Op::Swap);
    Emit(Op::Call);
    Byte(0);
    AdjustDepth(-1);
    Emit(Op::Pop);
  }
  EndScope(mark);
}

void FunctionCompiler::CompileSuperCall(Node* call) {
  SourcePos pos = call->Kid(0)->pos;
  CompileSpreadArgs(call, 1);
  SetPos(pos, false);
  Emit(Op::SuperCall);  // [arguments] -> [the new object]
  Emit(Op::BindThis);
  if (m_info->this_var) EmitSlot(Op::SetBox, m_info->this_var->slot);  // arrows see it too
  if (m_info->class_has_fields) EmitFieldsInit();
}

void FunctionCompiler::EmitAccessor(Node* property, uint8_t flags) {
  Node* key = property->Kid(0);
  if (property->flag) {
    CompileExpression(key);
  } else {
    EmitString(key->kind == NodeKind::NumberLit ? NumberKey(key->number) : key->text);
  }
  EmitClosure(*property->Kid(1));
  Emit(Op::DefineAccessor);
  Byte(static_cast<uint8_t>(flags | (property->text == "set" ? kAccessorSetter : 0)));
}

void FunctionCompiler::EmitFieldsInit() {
  Emit(Op::Dup);
  Emit(Op::ClassFields);  // [obj obj fields]
  Emit(Op::Swap);
  Emit(Op::Call);
  Byte(0);
  AdjustDepth(-1);
  Emit(Op::Pop);
}

}  // namespace th::detail
