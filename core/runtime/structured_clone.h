#pragma once
// Messages between agents: the HTML structured clone algorithm as Node's postMessage, send()
// and structuredClone apply it. A value is copied out of the sender's heap into bytes that no
// heap owns (so a message can wait in a channel, or cross threads), and copied into the
// receiver's heap when it is delivered. Primitives, arrays (holes kept), plain objects (own
// enumerable string keys; a class instance arrives as a plain object), nested and cyclic
// references, Map, Set, Date, the built-in errors (name, message, stack), ArrayBuffers and typed
// arrays are cloned; a SharedArrayBuffer is not copied but shared (both agents then see the
// same memory); a function, a promise or a symbol throws DataCloneError with Node's message.
#include <memory>
#include <string>
#include <vector>
#include <string_view>

#include "vm/vm.h"

namespace th::runtime {

struct ClonedMessage {
  std::string bytes;    // the value, in the private format of structured_clone.cpp
  std::string preview;  // a short line for the trace and the Explain line: { id: 1, text: 'hi' }
  std::vector<std::shared_ptr<SharedBytes>> shared;  // the SharedArrayBuffers it carries
  // Not the program's message: a browser worker's uncaught error, for its Worker's 'error' event.
  bool error_report = false;
};

// Copies `value` out of `vm`'s heap. On a value that cannot be cloned, throws DataCloneError
// in `vm` and returns false.
bool SerializeMessage(Vm& vm, Value value, ClonedMessage* out);

// Builds the value in `vm`'s heap.
Value DeserializeMessage(Vm& vm, const ClonedMessage& message);

// structuredClone(value) within one agent.
Value StructuredClone(Vm& vm, Value value);

}  // namespace th::runtime
