#pragma once
// The parser's class, shared by parser_statements.cpp, parser_functions.cpp and
// parser_expressions.cpp. Internal to core/lang: use Parse() from lang/parser.h.
#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/parser.h"

namespace th::detail {

struct ParseError {};  // unwinds to the statement list, which resynchronizes

const std::unordered_set<std::string>& ReservedWords();
inline std::string Unsupported(const std::string& what) { return what + " not supported in Threadhouse yet"; }

class Parser {
 public:
  Parser(std::string_view source, const std::string& file, const ParseOptions& options)
      : m_lexer(source), m_file(file), m_options(options) {
    try {
      Advance();
    } catch (...) {
      RethrowUnlessParseError();
      m_panic = false;  // the error is recorded; parsing goes on from the next token
      m_current = m_lexer.Next();
    }
  }

  ParseResult Run() {
    ParseResult result;
    auto program = std::make_unique<Node>(NodeKind::Program, m_current.pos);
    auto info = std::make_unique<FunctionInfo>();
    info->is_program = true;
    m_function_stack.push_back(info.get());
    while (!Check(TokenKind::Eof)) {
      uint32_t start = m_current.offset;
      NodePtr statement = ParseStatementRecovering();
      if (statement) program->kids.push_back(std::move(statement));
      if (!statement && m_current.offset == start) SafeAdvance();  // e.g. a stray `}`
    }
    m_function_stack.pop_back();
    program->end = m_current.pos;
    program->function = std::move(info);
    result.program = std::move(program);
    result.diagnostics = std::move(m_diagnostics);
    return result;
  }

 private:
  // Tokens ------------------------------------------------------------------------------------
  void Advance() {
    m_previous = std::move(m_current);
    m_current = m_lexer.Next();
    if (m_current.kind == TokenKind::Error) {
      Token bad = m_current;
      ErrorAt(bad, bad.text);
    }
  }
  bool Check(TokenKind kind) const { return m_current.kind == kind; }
  bool Match(TokenKind kind) {
    if (!Check(kind)) return false;
    Advance();
    return true;
  }
  bool CheckWord(const char* word) const {
    return m_current.kind == TokenKind::Identifier && !m_current.escaped && m_current.text == word;
  }
  bool MatchWord(const char* word) {
    if (!CheckWord(word)) return false;
    Advance();
    return true;
  }
  void Expect(TokenKind kind) {
    if (!Match(kind)) UnexpectedToken();
  }
  void ExpectWord(const char* word) {
    if (!MatchWord(word)) UnexpectedToken();
  }
  // Peeks at the token after the current one without consuming anything.
  Token PeekNext() {
    Lexer::State saved = m_lexer.Save();
    Token next = m_lexer.Next();
    m_lexer.Restore(saved);
    return next;
  }
  void ConsumeSemicolon() {
    // Automatic semicolon insertion: a `;`, or a `}`/end of input, or a line break before.
    if (Match(TokenKind::Semicolon)) return;
    if (Check(TokenKind::RBrace) || Check(TokenKind::Eof) || m_current.newline_before) return;
    UnexpectedToken();
  }

  // Errors ------------------------------------------------------------------------------------
  [[noreturn]] void ErrorAt(const Token& token, const std::string& message,
                            DiagnosticKind kind = DiagnosticKind::SyntaxError) {
    ErrorAtPos(token.pos, message, kind);
  }
  [[noreturn]] void ErrorAtPos(SourcePos pos, const std::string& message,
                               DiagnosticKind kind = DiagnosticKind::SyntaxError) {
    ErrorAtSpan(pos, pos, message, kind);
  }
  // Underlines from `from` to just before `to` when both are on one line (V8 underlines a whole
  // token); otherwise one caret at `from`.
  [[noreturn]] void ErrorAtSpan(SourcePos from, SourcePos to, const std::string& message,
                                DiagnosticKind kind = DiagnosticKind::SyntaxError) {
    if (!m_panic) {
      const int length = to.line == from.line && to.col > from.col ? to.col - from.col : 1;
      m_diagnostics.push_back({kind, m_file, from.line, from.col, message, length});
      m_panic = true;
    }
    throw ParseError{};
  }
  // Every catch in the parser is catch (...) followed by this, and never catch (const ParseError&):
  // in the threaded WebAssembly page a typed catch relies on one landing-pad record that every
  // thread shares (TOOLCHAIN.md pitfall 11), and two workers parsing at once could mix
  // theirs up; a catch-all never reads it. A ParseError always comes with m_panic set.
  void RethrowUnlessParseError() {
    if (!m_panic) throw;
  }
  [[noreturn]] void UnexpectedToken() {
    const Token& t = m_current;
    switch (t.kind) {
      case TokenKind::Eof: ErrorAt(t, "Unexpected end of input");
      case TokenKind::Error: ErrorAt(t, t.text);
      case TokenKind::Number: ErrorAt(t, "Unexpected number");
      case TokenKind::String: ErrorAt(t, "Unexpected string");
      case TokenKind::Template: ErrorAt(t, "Unexpected template string");
      case TokenKind::Identifier:
        if (!t.escaped && ReservedWords().count(t.text)) ErrorAt(t, "Unexpected token '" + t.text + "'");
        if (t.text == "await" || t.text == "yield" || t.text == "let" || t.text == "static") {
          ErrorAt(t, "Unexpected reserved word");
        }
        ErrorAt(t, "Unexpected identifier '" + t.text + "'");
      default: ErrorAt(t, std::string("Unexpected token '") + TokenSpelling(t.kind) + "'");
    }
  }
  // Skips to a likely statement start after an error (panic-mode recovery). Errors met while
  // skipping are not reported: one typo gives one error.
  void Synchronize() {
    m_panic = true;
    int depth = 0;
    while (!Check(TokenKind::Eof)) {
      if (Check(TokenKind::LBrace)) {
        ++depth;
      } else if (Check(TokenKind::RBrace)) {
        if (depth == 0 && (m_function_stack.size() > 1 || m_block_depth > 0)) break;  // the block's own end
        if (depth > 0) --depth;
      }
      SafeAdvance();
      if (depth > 0) continue;
      if (m_previous.kind == TokenKind::Semicolon) break;
      if (m_previous.kind == TokenKind::RBrace && m_current.newline_before) break;
      if (m_current.kind == TokenKind::Identifier && m_current.newline_before) {
        static const std::unordered_set<std::string> starts = {
            "function", "let", "const", "var", "if", "for", "while", "return", "try", "switch", "do", "throw", "class"};
        if (starts.count(m_current.text)) break;
      }
    }
    m_panic = false;
  }
  void SafeAdvance() {
    try {
      Advance();
    } catch (...) {
      RethrowUnlessParseError();
    }
  }

  // Counts a nesting level (loops, breakable statements, blocks) for its scope, also when a
  // ParseError unwinds through it.
  struct Nested {
    int* counter;
    explicit Nested(int* c) : counter(c) { ++*counter; }
    ~Nested() { --*counter; }
    Nested(const Nested&) = delete;
    Nested& operator=(const Nested&) = delete;
  };

  // m_depth is exactly how deep the tree being built is at the current token, also while an
  // error unwinds and after recovery: it bounds the C stack of the parser and of every pass
  // after it (resolver, compiler, tree destruction), which all recurse over the tree.
  static constexpr const char* kTooDeep = "Maximum nesting depth exceeded: the code is nested too deeply";
  void EnterLevel() {
    // Checked before counting, so a refusal leaves the count as it was.
    if (m_depth >= m_options.max_depth) ErrorAt(m_current, kTooDeep);
    ++m_depth;
  }
  // One level for a parse function that recurses.
  struct DepthGuard {
    Parser* parser;
    explicit DepthGuard(Parser* p) : parser(p) { parser->EnterLevel(); }
    ~DepthGuard() { --parser->m_depth; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
  };
  // The levels a loop adds by wrapping what it has parsed so far in a new node (`a + b + c`,
  // `a.b.c`, `f()()`): no parse function recurses for them, but the tree grows one level per
  // turn, and a 100 000-term chain would overflow the C stack of the passes after the parser.
  struct ChainDepth {
    Parser* parser;
    int added = 0;
    explicit ChainDepth(Parser* p) : parser(p) {}
    void Deeper() {
      parser->EnterLevel();
      ++added;
    }
    ~ChainDepth() { parser->m_depth -= added; }
    ChainDepth(const ChainDepth&) = delete;
    ChainDepth& operator=(const ChainDepth&) = delete;
  };

  NodePtr MakeNode(NodeKind kind, SourcePos pos) { return std::make_unique<Node>(kind, pos); }
  NodePtr Finish(NodePtr node) {
    node->end = m_previous.end;
    return node;
  }
  FunctionInfo* CurrentFunction() { return m_function_stack.back(); }
  // While a function's parameters and body are parsed (parser_functions.cpp).
  class FunctionScope;
  bool InAsync() { return CurrentFunction()->is_async; }
  bool InGenerator() { return CurrentFunction()->is_generator; }
  // The `*` of `function*`, `async function*` or of a generator method.
  bool MatchGeneratorStar() { return Match(TokenKind::Star); }

  // [SECTION] Statements
  NodePtr ParseStatementRecovering();
  NodePtr ParseBlockBody(NodeKind kind);
  NodePtr ParseStatement();
  NodePtr ParseLoopBody();
  NodePtr ParseExpressionStatement();
  NodePtr ParseIf();
  NodePtr ParseFor();
  NodePtr ParseTry();
  NodePtr ParseSwitch();

  // [SECTION] Declarations and patterns
  NodePtr ParseVarStatement();
  NodePtr ParseVarDeclarations(bool in_for);
  NodePtr ParseBindingIdentifier();

  // A binding pattern as in `let [a, {b}] = ...` or a parameter.
  NodePtr ParseBindingTarget();
  NodePtr ParseBindingElement();

  // Reinterprets an expression already parsed (`[a, b]` before `=`) as an assignment pattern.
  NodePtr ToPattern(NodePtr node, bool binding);

  // [SECTION] Functions
  NodePtr ParseFunctionDeclaration(bool is_async, SourcePos pos);

  // Parses `(params) { body }` after the name.
  NodePtr ParseFunctionRest(SourcePos pos, const std::string& name, bool is_async, bool is_arrow,
                            bool is_generator = false);

  // `(params) { body }` as the function `info` describes.
  NodePtr ParseParamsAndBody(SourcePos pos, std::unique_ptr<FunctionInfo> info);

  // Parses parameters up to and including the `)`.
  void ParseParams(FunctionInfo* info);
  NodePtr ParseFunctionBody();

  // True when the `(` at the current token opens an arrow function's parameter list.
  // Whether the `(` just read opens an arrow function's parameters: a scan ahead to its `)`.
  bool ParenStartsArrow();
  NodePtr ParseArrow(SourcePos pos, bool is_async);

  // [SECTION] Classes (parser_classes.cpp)
  NodePtr ParseClassDeclaration(SourcePos pos);
  NodePtr ParseClassExpression(SourcePos pos);
  // After `class Name`: the heritage and the body.
  NodePtr ParseClassRest(SourcePos pos, const std::string& name);
  // `(params) { body }` of a method or constructor.
  NodePtr ParseMethod(SourcePos pos, const std::string& name, bool is_async, bool is_constructor, bool derived,
                      bool is_generator = false);
  NodePtr ParseSuper();
  NodePtr ParseStaticBlock();

  // [SECTION] Expressions
  NodePtr ParseExpression();
  static bool IsAssignOp(TokenKind kind);
  NodePtr ParseAssignment();
  NodePtr ParseYield();
  NodePtr ParseConditional();

  // Binding power of a binary operator, 0 when the token is not one.
  int Precedence(const Token& token) const;
  NodePtr ParseBinary(int min_precedence);
  NodePtr ParseUnary();
  NodePtr ParsePostfix();
  void ParseArguments(Node* call);
  NodePtr ParseCallMember();
  std::string ParsePropertyName();
  NodePtr PrivateNameReference();
  NodePtr PrivateMember(NodePtr object, bool optional, SourcePos op_pos);
  void DeclarePrivateName(Node* names, std::map<std::string, std::string>* uses, Node* key, const std::string& accessor);

  // A key in an object literal or pattern. Sets *computed for `[expr]`. Identifier keys come
  // back as StringLit with flag = true so that shorthand properties can be recognised.
  NodePtr ParsePropertyKey(bool* computed);
  NodePtr ParseObjectLiteral();
  // `get` or `set` when it begins an accessor (`get name() {}`), consumed; else "".
  std::string ParseAccessorWord();
  // `{ a }` or `{ a = 1 }`, in an object literal or a pattern: the key also names the variable.
  void FinishShorthandProperty(Node& property, NodePtr key);
  // A template literal; `tagged`: a malformed escape is no error (the tag gets undefined).
  NodePtr ParseTemplate(bool tagged = false);
  // tag`...`: the tag's arguments, the strings then the substitutions, go into `call`.
  void ParseTaggedTemplate(Node* call);
  NodePtr ParseRegExpLiteral();
  NodePtr ParsePrimary();
  Lexer m_lexer;
  std::string m_file;
  ParseOptions m_options;
  Token m_current;
  Token m_previous;
  std::vector<Diagnostic> m_diagnostics;
  std::vector<FunctionInfo*> m_function_stack;
  std::vector<std::string> m_labels;  // labels enclosing the current statement
  bool m_panic = false;
  bool m_no_in = false;  // inside a for-init, `in` is not the binary operator
  int m_depth = 0;
  int m_loop_depth = 0;
  int m_breakable_depth = 0;
  int m_block_depth = 0;
  // ParenStartsArrow's answers by the offset just after the `(`. One scan answers for every `(`
  // it passes, so nested parentheses are scanned once, not once per level (100 000 of them took
  // seconds).
  std::unordered_map<std::size_t, bool> m_arrow_parens;
};

// While a function's parameters and body are parsed it is the current function, and the loop,
// breakable and block depths and the labels start afresh (a `break` cannot leave a function);
// all of it comes back when the function ends, also when a syntax error leaves it.
class Parser::FunctionScope {
 public:
  FunctionScope(Parser& parser, FunctionInfo* info)
      : m_parser(parser),
        m_loop(parser.m_loop_depth),
        m_breakable(parser.m_breakable_depth),
        m_block(parser.m_block_depth) {
    parser.m_function_stack.push_back(info);
    parser.m_loop_depth = parser.m_breakable_depth = parser.m_block_depth = 0;
    m_labels.swap(parser.m_labels);
  }
  ~FunctionScope() {
    m_parser.m_function_stack.pop_back();
    m_parser.m_loop_depth = m_loop;
    m_parser.m_breakable_depth = m_breakable;
    m_parser.m_block_depth = m_block;
    m_parser.m_labels.swap(m_labels);
  }
  FunctionScope(const FunctionScope&) = delete;
  FunctionScope& operator=(const FunctionScope&) = delete;

 private:
  Parser& m_parser;
  int m_loop, m_breakable, m_block;
  std::vector<std::string> m_labels;
};

}  // namespace th::detail
