#pragma once
// Node's util.inspect, as console.log uses it: the same line breaking (breakLength 80,
// compact 3), array grouping, depth limit (2), circular markers and quoting.
#include <string>

#include "vm/value.h"

namespace th {

class Vm;

struct InspectOptions {
  int depth = 2;          // deeper objects print as [Object] / [Array]
  int break_length = 80;  // the line width Node aims for
  int compact = 3;        // how many inner levels may share one line
  bool show_hidden = false;  // %o: arrays also show [length]
};

std::string Inspect(Vm& vm, Value value, const InspectOptions& options);

// console.log's formatting of its arguments (format specifiers, strings bare, the rest
// inspected, joined by spaces). Returns an empty string and leaves the exception pending
// when a conversion threw.
bool FormatLogArguments(Vm& vm, const Value* args, int argc, std::string* out);

// A string quoted and escaped as inspect shows it inside containers: 'it''s' → "it's".
std::string QuoteJsString(const std::string& text);

// Length in UTF-16 code units (what JavaScript's .length counts).
size_t Utf16Length(const std::string& text);

}  // namespace th
