#pragma once
// V8's Object::NoSideEffectsToString: a value named without running any of its code. Node
// uses it for the reason in "The promise rejected with the reason ..." when a rejection that
// is not an Error goes unhandled: a string as it is, a plain object as "#<Object>" (its
// constructor's name), an array as "[object Array]", a function as its source text.
#include <string>

#include "vm/value.h"

namespace th {

class Vm;

std::string NoSideEffectsToString(Vm& vm, Value value);

}  // namespace th
