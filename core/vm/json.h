#pragma once
// JSON.stringify / JSON.parse for C++ callers (console's %j, the JSON object).
#include <string>

#include "vm/value.h"

namespace th {

class Vm;

// Stringifies without replacer or indentation. `defined` is false for values JSON skips
// (undefined, functions). Returns false with an exception pending (cycles, toJSON throwing).
bool JsonStringify(Vm& vm, Value value, std::string* out, bool* defined);

}  // namespace th
