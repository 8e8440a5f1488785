#pragma once
// The lexer turns source text into tokens on demand. The parser drives it one token at a time
// so that template literals (which resume after a `}`) need no separate pass.
#include <string>
#include <string_view>

#include "lang/token.h"

namespace th {

class Lexer {
 public:
  explicit Lexer(std::string_view source);

  // Scans the next token. Errors come back as TokenKind::Error with the message in `text`.
  Token Next();
  // After the parser has consumed the `}` that closes a `${...}` substitution, scans the
  // next piece of the template (up to the next `${` or the closing backtick).
  Token ContinueTemplate(const Token& closing_brace);
  // Where an expression starts, `/` or `/=` begins a regular expression literal: scans it again
  // from that slash. The token's text is the pattern; its flags go into `flags`.
  Token RescanRegex(const Token& slash, std::string* flags);

  // Saved positions let the parser look ahead (e.g. `async x =>`) and come back.
  struct State {
    size_t offset = 0;
    int line = 1;
    int col = 1;
  };
  State Save() const { return {m_offset, m_line, m_col}; }
  void Restore(const State& state);

 private:
  char Peek(size_t ahead = 0) const;
  char Advance();
  bool Match(char expected);
  void SkipTrivia(bool* newline_seen, Token* error);
  Token Make(TokenKind kind, SourcePos pos, size_t start);
  Token ErrorToken(const std::string& message, SourcePos pos);
  Token ScanNumber(SourcePos pos, size_t start);
  Token ScanString(char quote, SourcePos pos, size_t start);
  Token ScanTemplate(SourcePos pos, size_t start);
  Token ScanIdentifier(SourcePos pos, size_t start);
  bool ScanEscape(std::string* out, std::string* error);
  TokenKind ScanPunctuator(char c);

  std::string_view m_source;
  size_t m_offset = 0;
  int m_line = 1;
  int m_col = 1;
};

// Appends the UTF-8 encoding of `code_point` to `out`.
void AppendUtf8(std::string* out, uint32_t code_point);

}  // namespace th
