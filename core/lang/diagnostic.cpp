#include "lang/diagnostic.h"

namespace th {

std::string SourceLine(const std::string& source, int line) {
  size_t start = 0;
  for (int current = 1; current < line; ++current) {
    size_t newline = source.find('\n', start);
    if (newline == std::string::npos) return "";
    start = newline + 1;
  }
  size_t end = source.find('\n', start);
  if (end == std::string::npos) end = source.size();
  std::string text = source.substr(start, end - start);
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

std::string FormatDiagnostic(const Diagnostic& diagnostic, const std::string& source) {
  std::string out = diagnostic.file + ":" + std::to_string(diagnostic.line) + "\n";
  out += SourceLine(source, diagnostic.line) + "\n";
  out += std::string(static_cast<size_t>(diagnostic.col > 0 ? diagnostic.col - 1 : 0), ' ') +
         std::string(static_cast<size_t>(diagnostic.length > 1 ? diagnostic.length : 1), '^') + "\n\n";
  out += "SyntaxError: " + diagnostic.message + "\n";
  return out;
}

}  // namespace th
