// Generators: `yield` and `yield*`.
//
// Yield suspends the generator's frame and hands its value to whoever resumed it (vm/generators.cpp);
// YieldStar does the same for each value of an iterable, and passes the resumptions on to it.
// next(sent) continues after it with `sent` as the yield's value; throw(sent) throws at it; return(sent)
// continues at its return path: the code a `return sent;` at that point compiles to, so the finally
// blocks around the yield run on the way out.
#include "lang/compiler_impl.h"

namespace th::detail {

// Yield: [value] -> [sent]; YieldStar: [iterable] -> [the value it returns].
// In an async generator a yield awaits its value first, and a return() awaits what it is given
// before the finally blocks run (ECMAScript 27.6.3.7); the VM does the rest (async_generators.cpp).
void FunctionCompiler::EmitYield(Op op) {
  if (InAsyncGenerator()) Emit(Op::Await);
  const size_t to_return = EmitJump(op);
  const size_t to_after = EmitJump(Op::Jump);
  PatchJump(to_return);
  if (InAsyncGenerator()) Emit(Op::Await);
  UnwindForReturn();
  Emit(Op::Return);
  AdjustDepth(1);  // the path that continues still has [sent]
  PatchJump(to_after);
}

void FunctionCompiler::CompileYield(Node* node) {
  Node* argument = node->Kid(0);
  if (argument) {
    CompileExpression(argument);
  } else {
    Emit(Op::Undefined);
  }
  SetPos(node->pos, false);
  EmitYield(node->flag ? Op::YieldStar : Op::Yield);
}

}  // namespace th::detail
