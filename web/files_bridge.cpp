#include "files_bridge.h"

#include <string_view>

#include "trace/exporters.h"

namespace th::web {

namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// encodeURIComponent's output back to its UTF-8 bytes.
std::string PercentDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      const int high = HexDigit(text[i + 1]);
      const int low = HexDigit(text[i + 2]);
      if (high >= 0 && low >= 0) {
        out += static_cast<char>(high * 16 + low);
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace

std::string JsonString(const std::string& text) {
  std::string out;
  trace::AppendJsonString(out, text);
  return out;
}

std::string FilesToJson(const std::vector<trace::SourceFile>& files) {
  std::string json = "[";
  for (std::size_t i = 0; i < files.size(); ++i) {
    json += (i ? "," : "") + std::string("{\"name\":") + JsonString(files[i].name) +
            ",\"text\":" + JsonString(files[i].text) + "}";
  }
  return json + "]";
}

std::vector<trace::SourceFile> FilesFromUriLines(const std::string& lines) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start < lines.size()) {
    std::size_t end = lines.find('\n', start);
    if (end == std::string::npos) end = lines.size();
    parts.push_back(PercentDecode(std::string_view(lines).substr(start, end - start)));
    start = end + 1;
  }
  // A text that is empty leaves the last part out: the line after the last '\n' is "".
  if (!lines.empty() && lines.back() == '\n') parts.emplace_back();
  std::vector<trace::SourceFile> files;
  for (std::size_t i = 0; i + 1 < parts.size(); i += 2) files.push_back({parts[i], parts[i + 1]});
  return files;
}

}  // namespace th::web
