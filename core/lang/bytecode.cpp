#include "lang/bytecode.h"

#include <algorithm>
#include <cstring>

#include "lang/opcodes.h"

namespace th {

namespace {

struct OpInfo {
  const char* name;
  OperandFormat format;
  int effect;
};

const OpInfo kOps[] = {
#define TH_OPCODE_INFO(name, format, effect) {#name, OperandFormat::format, effect},
    TH_OPCODE_LIST(TH_OPCODE_INFO)
#undef TH_OPCODE_INFO
};

struct ExtendedOpInfo {
  const char* name;
  int effect;
};

const ExtendedOpInfo kExtendedOps[] = {
#define TH_EXTENDED_OP_INFO(name, effect) {#name, effect},
    TH_EXTENDED_OP_LIST(TH_EXTENDED_OP_INFO)
#undef TH_EXTENDED_OP_INFO
};

uint16_t ReadU16(const uint8_t* p) { return static_cast<uint16_t>(p[0] | (p[1] << 8)); }
int32_t ReadI32(const uint8_t* p) {
  int32_t value;
  std::memcpy(&value, p, 4);
  return value;
}

std::string ConstantText(const FunctionCode& function, uint16_t index) {
  if (index >= function.constants.size()) return "?";
  const Constant& constant = function.constants[index];
  if (constant.is_string) return "'" + constant.text + "'";
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.17g", constant.number);
  return buffer;
}

void DisassembleInto(const FunctionCode& function, std::string* out) {
  *out += "== " + (function.name.empty() ? std::string("<anonymous>") : function.name) + " (locals " +
          std::to_string(function.local_count) + ", stack " + std::to_string(function.max_stack) + ") ==\n";
  size_t offset = 0;
  int last_line = -1;
  while (offset < function.code.size()) {
    Op op = static_cast<Op>(function.code[offset] & kOpMask);
    const PositionEntry* position = function.PositionAt(static_cast<uint32_t>(offset));
    char prefix[32];
    int line = position ? position->line : 0;
    if (line != last_line) {
      std::snprintf(prefix, sizeof prefix, "%04zu %4d ", offset, line);
      last_line = line;
    } else {
      std::snprintf(prefix, sizeof prefix, "%04zu    | ", offset);
    }
    *out += prefix;
    *out += OpName(op);
    const uint8_t* operands = function.code.data() + offset + 1;
    OperandFormat format = OpFormat(op);
    size_t next = offset + 1 + static_cast<size_t>(OperandBytes(format));
    switch (format) {
      case OperandFormat::None: break;
      case OperandFormat::U8: *out += " " + std::to_string(operands[0]); break;
      case OperandFormat::Slot:
      case OperandFormat::Upval:
      case OperandFormat::Function: *out += " " + std::to_string(ReadU16(operands)); break;
      case OperandFormat::Const:
      case OperandFormat::Name: *out += " " + ConstantText(function, ReadU16(operands)); break;
      case OperandFormat::SlotName:
      case OperandFormat::UpvalName:
        *out += " " + std::to_string(ReadU16(operands)) + " " + ConstantText(function, ReadU16(operands + 2));
        break;
      case OperandFormat::Jump:
        *out += " -> " + std::to_string(static_cast<int64_t>(next) + ReadI32(operands));
        break;
      case OperandFormat::U8Jump:
        *out += " " + std::to_string(operands[0]) + " -> " +
                std::to_string(static_cast<int64_t>(next) + ReadI32(operands + 1));
        break;
      case OperandFormat::Extended:
        *out += std::string(" ") +
                (operands[0] < static_cast<uint8_t>(ExtendedOp::Count_) ? ExtendedOpName(static_cast<ExtendedOp>(operands[0])) : "?") +
                " " + std::to_string(ReadU16(operands + 1));
        break;
    }
    *out += "\n";
    offset = next;
  }
  for (const auto& child : function.functions) DisassembleInto(*child, out);
}

}  // namespace

const char* OpName(Op op) { return kOps[static_cast<int>(op)].name; }
OperandFormat OpFormat(Op op) { return kOps[static_cast<int>(op)].format; }
int OpStackEffect(Op op) { return kOps[static_cast<int>(op)].effect; }
const char* ExtendedOpName(ExtendedOp op) { return kExtendedOps[static_cast<int>(op)].name; }
int ExtendedOpStackEffect(ExtendedOp op) { return kExtendedOps[static_cast<int>(op)].effect; }

int OperandBytes(OperandFormat format) {
  switch (format) {
    case OperandFormat::None: return 0;
    case OperandFormat::U8: return 1;
    case OperandFormat::Slot:
    case OperandFormat::Upval:
    case OperandFormat::Const:
    case OperandFormat::Name:
    case OperandFormat::Function: return 2;
    case OperandFormat::SlotName:
    case OperandFormat::UpvalName:
    case OperandFormat::Jump: return 4;
    case OperandFormat::Extended: return 3;
    case OperandFormat::U8Jump: return 5;
  }
  return 0;
}

const PositionEntry* FunctionCode::PositionAt(uint32_t offset) const {
  if (positions.empty()) return nullptr;
  auto it = std::upper_bound(positions.begin(), positions.end(), offset,
                             [](uint32_t value, const PositionEntry& entry) { return value < entry.offset; });
  if (it == positions.begin()) return &positions.front();
  return &*(it - 1);
}

const PositionEntry* FunctionCode::StatementAt(uint32_t offset) const {
  if (offset >= statement_entries.size() || statement_entries[offset] == 0) return nullptr;
  return &positions[statement_entries[offset] - 1];
}

void MarkBuiltin(FunctionCode& function) {
  function.is_builtin = true;
  for (std::size_t offset = 0; offset < function.statement_entries.size() && offset < function.code.size(); ++offset) {
    if (function.statement_entries[offset] != 0) function.code[offset] &= kOpMask;
  }
  function.statement_entries.assign(function.code.size() + 1, 0);
  for (const std::unique_ptr<FunctionCode>& nested : function.functions) MarkBuiltin(*nested);
}

std::string Disassemble(const FunctionCode& function) {
  std::string out;
  DisassembleInto(function, &out);
  return out;
}

}  // namespace th
