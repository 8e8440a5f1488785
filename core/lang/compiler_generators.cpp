// Generators: `yield` and `yield*`.
//
// Yield suspends the generator's frame and hands its value to whoever resumed it (vm/generators.cpp).
// next(sent) continues after it with `sent` as the yield's value; throw(sent) throws at it; return(sent)
// continues at its return path: the code a `return sent;` at that point compiles to, so the finally
// blocks around the yield run on the way out.
#include "lang/compiler_impl.h"

namespace th::detail {

// [value] -> [sent]
void FunctionCompiler::EmitYield() {
  const size_t to_return = EmitJump(Op::Yield);
  const size_t to_after = EmitJump(Op::Jump);
  PatchJump(to_return);
  UnwindForReturn();
  Emit(Op::Return);
  AdjustDepth(1);  // the path that continues still has [sent]
  PatchJump(to_after);
}

void FunctionCompiler::CompileYield(Node* node) {
  Node* argument = node->Kid(0);
  if (!node->flag) {
    if (argument) {
      CompileExpression(argument);
    } else {
      Emit(Op::Undefined);
    }
    SetPos(node->pos, false);
    EmitYield();
    return;
  }
  // yield* iterable: each of its values is yielded in turn; what is sent goes to this yield.
  CompileExpression(argument);
  SetPos(argument->pos, false);
  Emit(Op::IterInit);
  NoteCallee(CalleeSource(argument));
  const size_t top = Here();
  const size_t to_done = EmitJump(Op::IterNext);  // [it value]
  SetPos(node->pos, false);
  EmitYield();                                    // [it sent]
  Emit(Op::Pop);
  EmitJumpTo(Op::Jump, top);
  PatchJump(to_done);  // IterNext jumps here with only [it]
  Emit(Op::Pop);
  Emit(Op::Undefined);  // the value of yield* (the delegate's return value is not kept yet)
}

}  // namespace th::detail
