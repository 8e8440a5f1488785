#pragma once
// What the host's native functions share: finding their agent, and reading arguments.
#include "runtime/agent.h"

namespace th::runtime::detail {

inline Agent& AgentOf(Vm& vm) { return *static_cast<Agent*>(vm.host()); }
inline Value Arg(const Value* args, int argc, int index) { return index < argc ? args[index] : Value::Undefined(); }

// The internals object the host scripts receive (host_internals.cpp).
JsObject* MakeHostInternals(Agent& agent);

}  // namespace th::runtime::detail
