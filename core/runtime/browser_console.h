#pragma once
// What Chrome's console prints for an error nobody caught: "Uncaught " (or "Uncaught (in
// promise) " for a rejection nobody handled) and the value: an Error as its stack, where V8
// names a script's top level by its location alone ("    at page.js:1:16", not Node's
// "Object.<anonymous> (page.js:1:16)"), a string bare, anything else inspected.

#include <string>

#include "vm/vm.h"

namespace th::runtime {

std::string BrowserUncaught(Vm& vm, Value reason, bool in_promise);
// The error in one line, as an ErrorEvent's message shows it after "Uncaught ": "Error: boom".
std::string BrowserErrorMessage(Vm& vm, Value error);

}  // namespace th::runtime
