// The instructions behind Op::Extended: what runs too seldom to take one of the 128 opcodes
// (lang/opcodes.h, TH_EXTENDED_OP_LIST). Each family lives with its concept.
#include "vm/vm.h"

namespace th {

bool Vm::RunExtended(ExtendedOp op, uint16_t argument) {
  switch (op) {
    case ExtendedOp::AsyncIterInit:
    case ExtendedOp::AsyncIterNext:
    case ExtendedOp::AsyncIterResult:
    case ExtendedOp::AsyncIterReturn:
    case ExtendedOp::RequireIterResult: return RunAsyncIteration(op, argument);
    case ExtendedOp::CachedTemplate:
    case ExtendedOp::MakeTemplate: return RunTemplateObject(op, argument);
    case ExtendedOp::Count_: break;
  }
  ThrowTypeError("Threadhouse: an unknown instruction");
  return false;
}

}  // namespace th
