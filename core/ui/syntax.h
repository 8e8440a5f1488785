#pragma once
// A small JavaScript tokenizer for colouring the editor: keywords, strings (and template
// literals), numbers, comments. It only has to look right, line by line, so it carries just the
// state that spans lines (inside a block comment or a template literal).

#include <cstdint>
#include <string_view>
#include <vector>

namespace th::ui {

enum class TokenKind : std::uint8_t {
  Text,      // identifiers, operators, spaces
  Keyword,   // const, function, await, ...
  Builtin,   // console, Promise, setTimeout, require, ... (what the runtime provides)
  String,    // "..." '...' `...` and regex literals /.../g
  Number,    // 42, 0.5, 1e3, 0xff
  Comment,   // // ... and /* ... */
};

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the line
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::Text;
};

// What an unfinished line leaves open for the next one.
enum class LineState : std::uint8_t {
  Normal,
  BlockComment,  // inside /* ... */
  Template,      // inside a `template literal`
};

// Appends the tokens of `line` to `out` (Text runs included, so they tile the line) and returns
// the state the next line starts in.
LineState TokenizeLine(std::string_view line, LineState state, std::vector<Token>& out);

}  // namespace th::ui
