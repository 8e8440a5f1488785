// for await (ECMAScript 14.7.5): each step calls the iterator's next() and awaits what it gives.
// The iterator is [Symbol.asyncIterator]()'s, or [Symbol.iterator]()'s wrapped so that each value
// is awaited (vm/async_iteration.cpp). A loop left early calls return() and awaits it: a break or
// a return as a normal completion (its errors are thrown), a throw out of the body keeping its
// own exception whatever return() does.
#include "lang/compiler_impl.h"

namespace th::detail {

void FunctionCompiler::CompileForAwait(Node* node) {
  SetPos(node->Kid(1)->pos, false);
  CompileExpression(node->Kid(1));
  SetPos(node->Kid(1)->pos, false);
  EmitExtended(ExtendedOp::AsyncIterInit);
  NoteCallee(IterableSource(node->Kid(1)));
  ScopeMark mark{m_next_slot};
  for (Variable* var : node->scope_vars) {
    if (var->slot < 0) var->slot = AllocSlot();
  }
  const size_t close_handler = EmitJump(Op::PushHandler);
  m_controls.push_back(Control{Control::Kind::Handler, m_depth, {}, {}, nullptr, {}, {}});
  const size_t top = Here();
  PushLoop();
  m_controls.back().closes_iterator = true;
  m_controls.back().async_iterator = true;
  EmitExtended(ExtendedOp::AsyncIterNext);  // [it] -> [it result]
  Emit(Op::Await);
  EmitExtended(ExtendedOp::AsyncIterResult);  // -> [it value done]
  const size_t to_done = EmitJump(Op::JumpIfTrue);
  BindLoopValue(node);
  CompileStatement(node->Kid(2));
  PatchContinues(top);
  EmitJumpTo(Op::Jump, top);
  PatchJump(to_done);  // [it value]: the iterator said done, nothing to close
  Emit(Op::Pop);
  const size_t to_finished = EmitJump(Op::Jump);
  PopControl();  // breaks arrive here with [it]
  m_controls.pop_back();  // the closing handler
  Emit(Op::PopHandler);
  EmitAsyncIteratorClose(0);
  const size_t to_end = EmitJump(Op::Jump);
  PatchJump(to_finished);
  Emit(Op::PopHandler);
  PatchJump(to_end);
  Emit(Op::Pop);
  const size_t to_after = EmitJump(Op::Jump);
  // A throw out of the body: [it error]. return() is called and awaited, and whatever it
  // throws is dropped: the body's exception goes on.
  PatchJump(close_handler);
  AdjustDepth(2);
  Emit(Op::Swap);
  const size_t to_drop = EmitJump(Op::PushHandler);
  EmitExtended(ExtendedOp::AsyncIterReturn, 0);  // [error it result called]
  const size_t to_skip = EmitJump(Op::JumpIfFalse);
  Emit(Op::Await);
  PatchJump(to_skip);
  Emit(Op::PopHandler);
  PatchJump(to_drop);  // [error it result-or-dropped-error]
  Emit(Op::Pop);
  Emit(Op::Pop);
  Emit(Op::Rethrow);
  PatchJump(to_after);
  EndScope(mark);
}

void FunctionCompiler::EmitAsyncIteratorClose(int distance) {
  EmitExtended(ExtendedOp::AsyncIterReturn, distance);  // [... result called]
  const size_t to_skip = EmitJump(Op::JumpIfFalse);
  Emit(Op::Await);
  EmitExtended(ExtendedOp::RequireIterResult);
  PatchJump(to_skip);
  Emit(Op::Pop);
}

}  // namespace th::detail
