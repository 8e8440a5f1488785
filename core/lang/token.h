#pragma once
// Token kinds of the JavaScript subset, from one X-macro list that also names them.
#include <cstdint>
#include <string>

#include "lang/diagnostic.h"

namespace th {

// X(name, spelling)
#define TH_TOKEN_LIST(X)                                                                       \
  X(Eof, "end of input")                                                                       \
  X(Error, "invalid token")                                                                    \
  X(Number, "number")                                                                          \
  X(String, "string")                                                                          \
  X(Template, "template")                                                                      \
  X(Identifier, "identifier")                                                                  \
  X(PrivateName, "#name")                                                                      \
  X(Regex, "regular expression")                                                               \
  X(LParen, "(") X(RParen, ")") X(LBrace, "{") X(RBrace, "}") X(LBracket, "[") X(RBracket, "]") \
  X(Semicolon, ";") X(Comma, ",") X(Dot, ".") X(Ellipsis, "...") X(Question, "?")              \
  X(QuestionDot, "?.") X(Colon, ":") X(Arrow, "=>") X(At, "@")                                  \
  X(Plus, "+") X(Minus, "-") X(Star, "*") X(StarStar, "**") X(Slash, "/") X(Percent, "%")       \
  X(PlusPlus, "++") X(MinusMinus, "--") X(Amp, "&") X(Pipe, "|") X(Caret, "^") X(Tilde, "~")    \
  X(Bang, "!") X(AmpAmp, "&&") X(PipePipe, "||") X(QuestionQuestion, "??") X(Shl, "<<")         \
  X(Shr, ">>") X(UShr, ">>>") X(Lt, "<") X(Gt, ">") X(Le, "<=") X(Ge, ">=") X(EqEq, "==")       \
  X(NotEq, "!=") X(EqEqEq, "===") X(NotEqEq, "!==") X(Assign, "=") X(PlusAssign, "+=")          \
  X(MinusAssign, "-=") X(StarAssign, "*=") X(StarStarAssign, "**=") X(SlashAssign, "/=")        \
  X(PercentAssign, "%=") X(ShlAssign, "<<=") X(ShrAssign, ">>=") X(UShrAssign, ">>>=")          \
  X(AmpAssign, "&=") X(PipeAssign, "|=") X(CaretAssign, "^=") X(AmpAmpAssign, "&&=")            \
  X(PipePipeAssign, "||=") X(QuestionQuestionAssign, "?" "?=")

enum class TokenKind : uint8_t {
#define TH_TOKEN_ENUM(name, spelling) name,
  TH_TOKEN_LIST(TH_TOKEN_ENUM)
#undef TH_TOKEN_ENUM
};

const char* TokenSpelling(TokenKind kind);

struct Token {
  TokenKind kind = TokenKind::Eof;
  std::string text;      // identifier name, string value (escapes decoded), raw number text
  double number = 0;     // value of a Number token
  SourcePos pos;         // where the token starts
  SourcePos end;         // just past its last character
  uint32_t offset = 0;   // byte offset of the start
  bool newline_before = false;  // a line terminator precedes it (for ASI and `=>` rules)
  bool escaped = false;         // an identifier written with escapes cannot be a keyword
  // A template piece: the text as written, between its delimiters (String.raw, a tag's
  // strings.raw), and the error of a malformed escape in it (then `text` means nothing: a tag
  // gets undefined, a plain template is a SyntaxError).
  std::string raw;
  std::string escape_error;
};

}  // namespace th
