#pragma once
// Compiled code for one function: instructions, constants, a position table and what the VM
// needs to build a frame. Knows nothing of the VM's values: constants are numbers or strings.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lang/opcodes.h"

namespace th {

struct Constant {
  bool is_string = false;
  bool is_cache = false;  // not a constant: a slot the VM fills at run time (a tag's strings)
  double number = 0;
  std::string text;
};

// Maps an instruction offset to a source position. Entries are sorted by offset.
struct PositionEntry {
  uint32_t offset = 0;
  int line = 0;
  int col = 0;
  bool statement = false;  // a statement starts here (Step may stop here)
};

// How a closure gets each captured box from the frame that creates it.
struct CaptureSource {
  bool from_local = false;  // true: the creating frame's local slot; false: its own upvalue
  uint16_t index = 0;
};

struct FunctionCode {
  std::string name;
  std::string file;
  int line = 0;             // where the function starts
  int col = 0;
  uint16_t param_count = 0; // simple positional parameters (formal length)
  uint16_t length = 0;      // the function's .length (parameters before defaults/rest)
  bool has_rest = false;    // the slot after the parameters receives the rest array
  int32_t arguments_slot = -1;  // receives an array of all arguments (`arguments`), or -1
  bool is_arrow = false;
  bool is_async = false;
  bool is_generator = false;          // a call makes a generator object (GeneratorStart)
  bool is_program = false;
  bool is_method = false;             // a class's or object's method: not a constructor
  bool is_class_constructor = false;  // only `new` (or super(...)) may call it
  bool is_derived = false;            // its class extends another: super(...) makes `this`
  // No `arguments`, no rest parameter, not async: a call only copies the arguments and clears
  // the locals (the interpreter's fast call path).
  bool simple_frame = false;
  // The VM's own JavaScript (the prelude's Promise and Array methods): a learner's call stack,
  // trace and stepping pass through it as through a native built-in.
  bool is_builtin = false;
  uint16_t local_count = 0; // slots for parameters and locals
  uint16_t max_stack = 0;   // operand stack needed above the locals
  std::vector<uint8_t> code;
  std::vector<Constant> constants;
  std::vector<PositionEntry> positions;
  // By code offset: 1 + the index in `positions` of the statement starting there, or 0 (a traced
  // VM looks up the line of every statement it runs, so this is a table, not a search).
  std::vector<uint32_t> statement_entries;
  std::vector<CaptureSource> captures;
  std::vector<std::unique_ptr<FunctionCode>> functions;  // nested function literals
  std::string source_text;  // for Function.prototype.toString and inspect
  // Source text of callees (and iterables) by instruction offset, for messages such as
  // "obj.run is not a function". Sorted by offset.
  std::vector<std::pair<uint32_t, std::string>> call_names;

  // Source position of the instruction at `offset`.
  const PositionEntry* PositionAt(uint32_t offset) const;
  bool IsStatementStart(uint32_t offset) const { return StatementAt(offset) != nullptr; }
  // The entry of the statement starting exactly at `offset`, or null.
  const PositionEntry* StatementAt(uint32_t offset) const;
};

// Marks a function and its nested functions as built-in: no statement starts (so no line
// events and no stepping stops inside), and is_builtin for the VM's call hooks.
void MarkBuiltin(FunctionCode& function);

// Text listing of a function and its nested functions, one instruction per line.
std::string Disassemble(const FunctionCode& function);

}  // namespace th
