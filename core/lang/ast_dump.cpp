#include "lang/ast.h"

#include <cstdio>

namespace th {

namespace {

const char* const kNodeNames[] = {
#define TH_NODE_NAME(name, layout) #name,
    TH_NODE_LIST(TH_NODE_NAME)
#undef TH_NODE_NAME
};

void DumpInto(const Node& node, int indent, std::string* out) {
  out->append(static_cast<size_t>(indent) * 2, ' ');
  *out += NodeKindName(node.kind);
  *out += " " + std::to_string(node.pos.line) + ":" + std::to_string(node.pos.col);
  if (!node.text.empty()) *out += " '" + node.text + "'";
  if (node.kind == NodeKind::NumberLit) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, " %g", node.number);
    *out += buffer;
  }
  if (node.op != TokenKind::Eof) *out += std::string(" ") + TokenSpelling(node.op);
  *out += "\n";
  if (node.function) {
    for (const auto& param : node.function->params) DumpInto(*param, indent + 1, out);
    if (node.function->body) DumpInto(*node.function->body, indent + 1, out);
  }
  for (const auto& kid : node.kids) {
    if (kid) {
      DumpInto(*kid, indent + 1, out);
    } else {
      out->append(static_cast<size_t>(indent + 1) * 2, ' ');
      *out += "-\n";
    }
  }
}

}  // namespace

const char* NodeKindName(NodeKind kind) { return kNodeNames[static_cast<int>(kind)]; }

std::string DumpAst(const Node& node) {
  std::string out;
  DumpInto(node, 0, &out);
  return out;
}

}  // namespace th
