#pragma once
// How a program's files cross between the C++ side of the page and its JavaScript: to
// JavaScript as JSON, back as lines of encodeURIComponent text (name, text, name, text, ...),
// which needs no JSON parser here and carries any Unicode.
#include <string>
#include <vector>

#include "trace/run_input.h"

namespace th::web {

// `text` as a JSON string literal, quotes included.
std::string JsonString(const std::string& text);
// [{"name": ..., "text": ...}, ...]
std::string FilesToJson(const std::vector<trace::SourceFile>& files);
// The files of "name\ntext\nname\ntext" with every part encodeURIComponent'ed; {} for "".
std::vector<trace::SourceFile> FilesFromUriLines(const std::string& lines);

}  // namespace th::web
