#pragma once
// Node's own errors, as its JavaScript library throws them: a TypeError or RangeError whose
// stack starts "TypeError [ERR_CODE]: message", with an enumerable `code`, reported uncaught at
// Node's internal throw site (node:internal/errors), and Node's wording for what a bad argument
// was ("Received type string ('x')", "Received an instance of Map").
#include <string>
#include <string_view>

#include "vm/vm.h"

namespace th::runtime {

// Node's determineSpecificType: how a message names the value it received.
std::string DescribeReceived(Vm& vm, Value value);

// Where Node's library throws an error it reports uncaught: its file, line, column and the
// source line with its caret, as Node prints them.
struct NodeThrowSite {
  const char* file = "node:internal/errors";
  int line = 541;
  int col = 7;
  const char* source = "      throw error;\n      ^";
};

// Throws `proto`'s error with `code` and `message`; returns Value::Exception().
Value ThrowNodeError(Vm& vm, JsObject* proto, std::string_view code, const std::string& message,
                     const NodeThrowSite& site = {});

// ERR_INVALID_ARG_TYPE: 'The "name" argument must be of type expected. Received ...'.
Value ThrowInvalidArgType(Vm& vm, std::string_view name, std::string_view expected, Value actual);

}  // namespace th::runtime
