#include "lang/lexer.h"

#include <cmath>
#include <cstdlib>

namespace th {

namespace {

const char* const kTokenSpellings[] = {
#define TH_TOKEN_NAME(name, spelling) spelling,
    TH_TOKEN_LIST(TH_TOKEN_NAME)
#undef TH_TOKEN_NAME
};

bool IsIdentStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
         (static_cast<unsigned char>(c) >= 0x80);
}
bool IsIdentPart(char c) { return IsIdentStart(c) || (c >= '0' && c <= '9'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

const char* TokenSpelling(TokenKind kind) { return kTokenSpellings[static_cast<int>(kind)]; }

void AppendUtf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

Lexer::Lexer(std::string_view source) : m_source(source) {
  // A leading "#!" line is ignored, as Node does.
  if (m_source.substr(0, 2) == "#!") {
    while (m_offset < m_source.size() && m_source[m_offset] != '\n') ++m_offset;
  }
}

void Lexer::Restore(const State& state) {
  m_offset = state.offset;
  m_line = state.line;
  m_col = state.col;
}

char Lexer::Peek(size_t ahead) const {
  return m_offset + ahead < m_source.size() ? m_source[m_offset + ahead] : '\0';
}

char Lexer::Advance() {
  char c = m_source[m_offset++];
  if (c == '\n') {
    ++m_line;
    m_col = 1;
  } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
    // Columns count characters, not the continuation bytes of UTF-8 sequences.
    ++m_col;
  }
  return c;
}

bool Lexer::Match(char expected) {
  if (Peek() != expected) return false;
  Advance();
  return true;
}

void Lexer::SkipTrivia(bool* newline_seen, Token* error) {
  while (m_offset < m_source.size()) {
    char c = Peek();
    if (c == '\n') {
      *newline_seen = true;
      Advance();
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f') {
      Advance();
    } else if (c == '/' && Peek(1) == '/') {
      while (m_offset < m_source.size() && Peek() != '\n') Advance();
    } else if (c == '/' && Peek(1) == '*') {
      SourcePos pos{m_line, m_col};
      Advance();
      Advance();
      bool closed = false;
      while (m_offset < m_source.size()) {
        if (Peek() == '*' && Peek(1) == '/') {
          Advance();
          Advance();
          closed = true;
          break;
        }
        if (Advance() == '\n') *newline_seen = true;
      }
      if (!closed) {
        *error = ErrorToken("Invalid or unexpected token", pos);
        return;
      }
    } else if (static_cast<unsigned char>(c) == 0xC2 && static_cast<unsigned char>(Peek(1)) == 0xA0) {
      Advance();  // no-break space
      Advance();
    } else if (static_cast<unsigned char>(c) == 0xEF && static_cast<unsigned char>(Peek(1)) == 0xBB &&
               static_cast<unsigned char>(Peek(2)) == 0xBF) {
      Advance();  // byte order mark
      Advance();
      Advance();
    } else {
      return;
    }
  }
}

Token Lexer::Make(TokenKind kind, SourcePos pos, size_t start) {
  Token token;
  token.kind = kind;
  token.pos = pos;
  token.end = {m_line, m_col};
  token.offset = static_cast<uint32_t>(start);
  return token;
}

Token Lexer::ErrorToken(const std::string& message, SourcePos pos) {
  Token token;
  token.kind = TokenKind::Error;
  token.text = message;
  token.pos = pos;
  token.end = {m_line, m_col};
  token.offset = static_cast<uint32_t>(m_offset);
  return token;
}

Token Lexer::Next() {
  bool newline = false;
  Token error;
  SkipTrivia(&newline, &error);
  if (error.kind == TokenKind::Error) return error;
  SourcePos pos{m_line, m_col};
  size_t start = m_offset;
  Token token;
  if (m_offset >= m_source.size()) {
    token = Make(TokenKind::Eof, pos, start);
  } else {
    char c = Peek();
    if (IsDigit(c) || (c == '.' && IsDigit(Peek(1)))) {
      token = ScanNumber(pos, start);
    } else if (c == '"' || c == '\'') {
      Advance();
      token = ScanString(c, pos, start);
    } else if (c == '`') {
      Advance();
      token = ScanTemplate(pos, start);
    } else if (IsIdentStart(c) || c == '\\') {
      token = ScanIdentifier(pos, start);
    } else if (c == '#') {
      Advance();
      token = ScanIdentifier(pos, start);
      if (token.kind == TokenKind::Identifier) token.kind = TokenKind::PrivateName;
    } else {
      Advance();
      TokenKind kind = ScanPunctuator(c);
      if (kind == TokenKind::Error) {
        token = ErrorToken("Invalid or unexpected token", pos);
      } else {
        token = Make(kind, pos, start);
      }
    }
  }
  // An error token always consumes input, so no caller can loop on it.
  if (token.kind == TokenKind::Error && m_offset == start && m_offset < m_source.size()) Advance();
  token.newline_before = newline;
  return token;
}

TokenKind Lexer::ScanPunctuator(char c) {
  switch (c) {
    case '(': return TokenKind::LParen;
    case ')': return TokenKind::RParen;
    case '{': return TokenKind::LBrace;
    case '}': return TokenKind::RBrace;
    case '[': return TokenKind::LBracket;
    case ']': return TokenKind::RBracket;
    case ';': return TokenKind::Semicolon;
    case ',': return TokenKind::Comma;
    case ':': return TokenKind::Colon;
    case '~': return TokenKind::Tilde;
    case '@': return TokenKind::At;
    case '.':
      if (Peek() == '.' && Peek(1) == '.') {
        Advance();
        Advance();
        return TokenKind::Ellipsis;
      }
      return TokenKind::Dot;
    case '?':
      if (Match('?')) return Match('=') ? TokenKind::QuestionQuestionAssign : TokenKind::QuestionQuestion;
      if (Peek() == '.' && !IsDigit(Peek(1))) {
        Advance();
        return TokenKind::QuestionDot;
      }
      return TokenKind::Question;
    case '+':
      if (Match('+')) return TokenKind::PlusPlus;
      return Match('=') ? TokenKind::PlusAssign : TokenKind::Plus;
    case '-':
      if (Match('-')) return TokenKind::MinusMinus;
      return Match('=') ? TokenKind::MinusAssign : TokenKind::Minus;
    case '*':
      if (Match('*')) return Match('=') ? TokenKind::StarStarAssign : TokenKind::StarStar;
      return Match('=') ? TokenKind::StarAssign : TokenKind::Star;
    case '/': return Match('=') ? TokenKind::SlashAssign : TokenKind::Slash;
    case '%': return Match('=') ? TokenKind::PercentAssign : TokenKind::Percent;
    case '&':
      if (Match('&')) return Match('=') ? TokenKind::AmpAmpAssign : TokenKind::AmpAmp;
      return Match('=') ? TokenKind::AmpAssign : TokenKind::Amp;
    case '|':
      if (Match('|')) return Match('=') ? TokenKind::PipePipeAssign : TokenKind::PipePipe;
      return Match('=') ? TokenKind::PipeAssign : TokenKind::Pipe;
    case '^': return Match('=') ? TokenKind::CaretAssign : TokenKind::Caret;
    case '!':
      if (Match('=')) return Match('=') ? TokenKind::NotEqEq : TokenKind::NotEq;
      return TokenKind::Bang;
    case '=':
      if (Match('>')) return TokenKind::Arrow;
      if (Match('=')) return Match('=') ? TokenKind::EqEqEq : TokenKind::EqEq;
      return TokenKind::Assign;
    case '<':
      if (Match('<')) return Match('=') ? TokenKind::ShlAssign : TokenKind::Shl;
      return Match('=') ? TokenKind::Le : TokenKind::Lt;
    case '>':
      if (Match('>')) {
        if (Match('>')) return Match('=') ? TokenKind::UShrAssign : TokenKind::UShr;
        return Match('=') ? TokenKind::ShrAssign : TokenKind::Shr;
      }
      return Match('=') ? TokenKind::Ge : TokenKind::Gt;
    default: return TokenKind::Error;
  }
}

Token Lexer::ScanNumber(SourcePos pos, size_t start) {
  std::string digits;
  double value = 0;
  auto scan_radix = [&](int radix) {
    Advance();
    Advance();
    bool any = false;
    while (true) {
      char c = Peek();
      if (c == '_') {
        Advance();
        continue;
      }
      int digit = HexValue(c);
      if (digit < 0 || digit >= radix) break;
      value = value * radix + digit;
      any = true;
      Advance();
    }
    return any;
  };
  char second = Peek(1);
  if (Peek() == '0' && (second == 'x' || second == 'X')) {
    if (!scan_radix(16)) return ErrorToken("Invalid or unexpected token", pos);
  } else if (Peek() == '0' && (second == 'o' || second == 'O')) {
    if (!scan_radix(8)) return ErrorToken("Invalid or unexpected token", pos);
  } else if (Peek() == '0' && (second == 'b' || second == 'B')) {
    if (!scan_radix(2)) return ErrorToken("Invalid or unexpected token", pos);
  } else {
    auto take_digits = [&]() {
      while (IsDigit(Peek()) || (Peek() == '_' && IsDigit(Peek(1)))) {
        char c = Advance();
        if (c != '_') digits.push_back(c);
      }
    };
    take_digits();
    if (Peek() == '.') {
      digits.push_back(Advance());
      take_digits();
    }
    if (Peek() == 'e' || Peek() == 'E') {
      char sign = Peek(1);
      if (IsDigit(sign) || ((sign == '+' || sign == '-') && IsDigit(Peek(2)))) {
        digits.push_back(Advance());
        if (sign == '+' || sign == '-') digits.push_back(Advance());
        take_digits();
      }
    }
    value = std::strtod(digits.c_str(), nullptr);
  }
  if (Peek() == 'n') {
    Advance();
    Token token = Make(TokenKind::Number, pos, start);
    token.text = "bigint";
    return token;
  }
  if (IsIdentStart(Peek()) || IsDigit(Peek())) {
    return ErrorToken("Invalid or unexpected token", pos);
  }
  Token token = Make(TokenKind::Number, pos, start);
  token.number = value;
  token.text = std::string(m_source.substr(start, m_offset - start));
  return token;
}

bool Lexer::ScanEscape(std::string* out, std::string* error) {
  char c = Advance();
  switch (c) {
    case 'n': out->push_back('\n'); return true;
    case 't': out->push_back('\t'); return true;
    case 'r': out->push_back('\r'); return true;
    case 'b': out->push_back('\b'); return true;
    case 'f': out->push_back('\f'); return true;
    case 'v': out->push_back('\v'); return true;
    case '0':
      if (!IsDigit(Peek())) {
        out->push_back('\0');
        return true;
      }
      *error = "Octal escape sequences are not allowed in template strings";
      return false;
    case '\r':
      Match('\n');
      return true;
    case '\n': return true;
    case 'x': {
      int high = HexValue(Peek());
      int low = HexValue(Peek(1));
      if (high < 0 || low < 0) {
        *error = "Invalid hexadecimal escape sequence";
        return false;
      }
      Advance();
      Advance();
      AppendUtf8(out, static_cast<uint32_t>(high * 16 + low));
      return true;
    }
    case 'u': {
      uint32_t cp = 0;
      if (Match('{')) {
        int count = 0;
        while (HexValue(Peek()) >= 0) {
          cp = cp * 16 + static_cast<uint32_t>(HexValue(Advance()));
          ++count;
        }
        if (count == 0 || !Match('}') || cp > 0x10FFFF) {
          *error = "Invalid Unicode escape sequence";
          return false;
        }
      } else {
        for (int i = 0; i < 4; ++i) {
          int digit = HexValue(Peek());
          if (digit < 0) {
            *error = "Invalid Unicode escape sequence";
            return false;
          }
          Advance();
          cp = cp * 16 + static_cast<uint32_t>(digit);
        }
        // A surrogate pair written as two escapes becomes one code point.
        if (cp >= 0xD800 && cp <= 0xDBFF && Peek() == '\\' && Peek(1) == 'u') {
          Lexer::State saved = Save();
          Advance();
          Advance();
          uint32_t low = 0;
          bool ok = true;
          for (int i = 0; i < 4 && ok; ++i) {
            int digit = HexValue(Peek());
            if (digit < 0) {
              ok = false;
            } else {
              Advance();
              low = low * 16 + static_cast<uint32_t>(digit);
            }
          }
          if (ok && low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else {
            Restore(saved);
          }
        }
      }
      AppendUtf8(out, cp);
      return true;
    }
    default: out->push_back(c); return true;
  }
}

Token Lexer::ScanString(char quote, SourcePos pos, size_t start) {
  std::string value;
  while (true) {
    if (m_offset >= m_source.size() || Peek() == '\n') {
      return ErrorToken("Invalid or unexpected token", pos);
    }
    char c = Advance();
    if (c == quote) break;
    if (c == '\\') {
      if (m_offset >= m_source.size()) return ErrorToken("Invalid or unexpected token", pos);
      std::string error;
      if (!ScanEscape(&value, &error)) return ErrorToken(error, pos);
    } else {
      value.push_back(c);
    }
  }
  Token token = Make(TokenKind::String, pos, start);
  token.text = std::move(value);
  return token;
}

// A template piece: its cooked text and its raw text; `number` is 1 when the piece ends the
// template (a backtick) and 0 when a `${` substitution follows.
Token Lexer::ScanTemplate(SourcePos pos, size_t start) {
  std::string value;
  std::string escape_error;
  const size_t raw_start = m_offset;
  auto piece = [&](size_t raw_end, bool tail) {
    Token token = Make(TokenKind::Template, pos, start);
    token.text = std::move(value);
    token.number = tail ? 1 : 0;
    token.escape_error = std::move(escape_error);
    // Line terminators read as \n, as the spec's TRV does.
    std::string_view written = m_source.substr(raw_start, raw_end - raw_start);
    for (size_t i = 0; i < written.size(); ++i) {
      if (written[i] != '\r') {
        token.raw.push_back(written[i]);
        continue;
      }
      token.raw.push_back('\n');
      if (i + 1 < written.size() && written[i + 1] == '\n') ++i;
    }
    return token;
  };
  while (true) {
    if (m_offset >= m_source.size()) return ErrorToken("Unterminated template literal", pos);
    char c = Advance();
    if (c == '`') return piece(m_offset - 1, true);
    if (c == '$' && Peek() == '{') {
      Advance();
      return piece(m_offset - 2, false);
    }
    if (c == '\\') {
      // A malformed escape is kept: the parser decides (a tag's strings have undefined there).
      std::string error;
      if (!ScanEscape(&value, &error) && escape_error.empty()) escape_error = error;
    } else if (c == '\r') {
      Match('\n');
      value.push_back('\n');
    } else {
      value.push_back(c);
    }
  }
}

Token Lexer::ContinueTemplate(const Token& closing_brace) {
  Restore({closing_brace.offset + 1, closing_brace.end.line, closing_brace.end.col});
  return ScanTemplate(closing_brace.pos, closing_brace.offset);
}

Token Lexer::RescanRegex(const Token& slash, std::string* flags) {
  Restore({slash.offset + 1, slash.pos.line, slash.pos.col + 1});
  std::string pattern;
  bool in_class = false;
  while (true) {
    if (m_offset >= m_source.size() || Peek() == '\n' || Peek() == '\r') {
      return ErrorToken("Invalid regular expression: missing /", slash.pos);
    }
    char c = Advance();
    if (c == '/' && !in_class) break;
    pattern.push_back(c);
    if (c == '\\') {
      if (m_offset >= m_source.size() || Peek() == '\n' || Peek() == '\r') {
        return ErrorToken("Invalid regular expression: missing /", slash.pos);
      }
      pattern.push_back(Advance());
    } else if (c == '[') {
      in_class = true;
    } else if (c == ']') {
      in_class = false;
    }
  }
  flags->clear();
  while (m_offset < m_source.size() && IsIdentPart(Peek())) flags->push_back(Advance());
  Token token = Make(TokenKind::Regex, slash.pos, slash.offset);
  token.text = std::move(pattern);
  token.newline_before = slash.newline_before;
  return token;
}

Token Lexer::ScanIdentifier(SourcePos pos, size_t start) {
  std::string name;
  bool escaped = false;
  while (m_offset < m_source.size()) {
    char c = Peek();
    if (IsIdentPart(c)) {
      name.push_back(Advance());
    } else if (c == '\\' && Peek(1) == 'u') {
      Advance();
      std::string error;
      if (!ScanEscape(&name, &error)) return ErrorToken("Invalid Unicode escape sequence", pos);
      escaped = true;
    } else {
      break;
    }
  }
  if (name.empty()) {
    if (m_offset < m_source.size()) Advance();  // always consume something, or callers loop
    return ErrorToken("Invalid or unexpected token", pos);
  }
  Token token = Make(TokenKind::Identifier, pos, start);
  token.text = std::move(name);
  token.escaped = escaped;
  return token;
}

}  // namespace th
