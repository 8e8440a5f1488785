// [SECTION] index
//   Parser state, tokens and errors
//   Statements
//   Declarations and patterns
//   Functions
//   Expressions (assignment → conditional → binary → unary → postfix → call/member → primary)
#include "lang/parser.h"

#include <unordered_set>

namespace th {

namespace {

struct ParseError {};  // unwinds to the statement list, which resynchronizes

const std::unordered_set<std::string>& ReservedWords() {
  static const std::unordered_set<std::string> words = {
      "break",  "case",   "catch", "class",  "const",      "continue", "debugger", "default",
      "delete", "do",     "else",  "export", "extends",    "finally",  "for",      "function",
      "if",     "import", "in",    "instanceof", "new",    "return",   "super",    "switch",
      "this",   "throw",  "try",   "typeof", "var",        "void",     "while",    "with",
      "null",   "true",   "false", "enum"};
  return words;
}

std::string Unsupported(const std::string& what) { return what + " not supported in Threadhouse yet"; }

// [SECTION] Parser state, tokens and errors
class Parser {
 public:
  Parser(std::string_view source, const std::string& file, const ParseOptions& options)
      : m_lexer(source), m_file(file), m_options(options) {
    try {
      Advance();
    } catch (const ParseError&) {
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
      NodePtr statement = ParseStatementRecovering();
      if (statement) program->kids.push_back(std::move(statement));
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
    if (!m_panic) {
      m_diagnostics.push_back({kind, m_file, pos.line, pos.col, message});
      m_panic = true;
    }
    throw ParseError{};
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
  // Skips to a likely statement start after an error (panic-mode recovery).
  void Synchronize() {
    m_panic = false;
    int depth = 0;
    while (!Check(TokenKind::Eof)) {
      if (Check(TokenKind::LBrace)) ++depth;
      if (Check(TokenKind::RBrace)) {
        if (depth == 0) {
          if (m_function_stack.size() > 1 || m_block_depth > 0) return;
          Advance();
          continue;
        }
        --depth;
      }
      if (depth == 0 && m_previous.kind == TokenKind::Semicolon) return;
      if (depth == 0 && m_current.kind == TokenKind::Identifier && m_current.newline_before) {
        static const std::unordered_set<std::string> starts = {
            "function", "let", "const", "var", "if", "for", "while", "return", "try", "switch", "do", "throw"};
        if (starts.count(m_current.text)) return;
      }
      m_panic = true;  // errors from the skipped tokens are not reported
      try {
        Advance();
      } catch (const ParseError&) {
      }
      m_panic = false;
    }
  }

  struct DepthGuard {
    Parser* parser;
    explicit DepthGuard(Parser* p) : parser(p) {
      if (++parser->m_depth > parser->m_options.max_depth) {
        parser->m_depth = 0;  // let the recovery below run without tripping again
        parser->ErrorAt(parser->m_current, "Maximum nesting depth exceeded: the code is nested too deeply");
      }
    }
    ~DepthGuard() {
      if (parser->m_depth > 0) --parser->m_depth;
    }
  };

  NodePtr MakeNode(NodeKind kind, SourcePos pos) { return std::make_unique<Node>(kind, pos); }
  NodePtr Finish(NodePtr node) {
    node->end = m_previous.end;
    return node;
  }
  FunctionInfo* CurrentFunction() { return m_function_stack.back(); }
  bool InAsync() { return CurrentFunction()->is_async; }

  // [SECTION] Statements
  NodePtr ParseStatementRecovering() {
    try {
      return ParseStatement();
    } catch (const ParseError&) {
      m_depth = 0;
      Synchronize();
      return nullptr;
    }
  }

  NodePtr ParseBlockBody(NodeKind kind) {
    auto block = MakeNode(kind, m_current.pos);
    Expect(TokenKind::LBrace);
    ++m_block_depth;
    while (!Check(TokenKind::RBrace) && !Check(TokenKind::Eof)) {
      NodePtr statement = ParseStatementRecovering();
      if (statement) block->kids.push_back(std::move(statement));
    }
    --m_block_depth;
    Expect(TokenKind::RBrace);
    return Finish(std::move(block));
  }

  NodePtr ParseStatement() {
    DepthGuard guard(this);
    SourcePos pos = m_current.pos;
    switch (m_current.kind) {
      case TokenKind::LBrace: return ParseBlockBody(NodeKind::Block);
      case TokenKind::Semicolon: Advance(); return Finish(MakeNode(NodeKind::Empty, pos));
      case TokenKind::At: ErrorAt(m_current, Unsupported("decorators are"), DiagnosticKind::Unsupported);
      case TokenKind::Identifier: break;
      default: return ParseExpressionStatement();
    }
    const std::string& word = m_current.text;
    if (m_current.escaped) return ParseExpressionStatement();
    if (word == "var" || word == "const") return ParseVarStatement();
    if (word == "let") {
      Token next = PeekNext();
      if (next.kind == TokenKind::Identifier || next.kind == TokenKind::LBracket || next.kind == TokenKind::LBrace) {
        return ParseVarStatement();
      }
      return ParseExpressionStatement();
    }
    if (word == "function") return ParseFunctionDeclaration(false, pos);
    if (word == "async") {
      Token next = PeekNext();
      if (next.kind == TokenKind::Identifier && next.text == "function" && !next.newline_before) {
        Advance();
        return ParseFunctionDeclaration(true, pos);
      }
      return ParseExpressionStatement();
    }
    if (word == "if") return ParseIf();
    if (word == "for") return ParseFor();
    if (word == "while") {
      Advance();
      auto node = MakeNode(NodeKind::While, pos);
      Expect(TokenKind::LParen);
      node->kids.push_back(ParseExpression());
      Expect(TokenKind::RParen);
      node->kids.push_back(ParseLoopBody());
      return Finish(std::move(node));
    }
    if (word == "do") {
      Advance();
      auto node = MakeNode(NodeKind::DoWhile, pos);
      node->kids.push_back(ParseLoopBody());
      ExpectWord("while");
      Expect(TokenKind::LParen);
      node->kids.push_back(ParseExpression());
      Expect(TokenKind::RParen);
      Match(TokenKind::Semicolon);
      return Finish(std::move(node));
    }
    if (word == "return") {
      Advance();
      auto node = MakeNode(NodeKind::Return, pos);
      if (!Check(TokenKind::Semicolon) && !Check(TokenKind::RBrace) && !Check(TokenKind::Eof) &&
          !m_current.newline_before) {
        node->kids.push_back(ParseExpression());
      }
      ConsumeSemicolon();
      return Finish(std::move(node));
    }
    if (word == "break" || word == "continue") {
      bool is_break = word == "break";
      Token keyword = m_current;
      Advance();
      auto node = MakeNode(is_break ? NodeKind::Break : NodeKind::Continue, pos);
      if (Check(TokenKind::Identifier) && !m_current.newline_before && !ReservedWords().count(m_current.text)) {
        // A labelled jump: the label must enclose it.
        bool found = false;
        for (const auto& label : m_labels) found = found || label == m_current.text;
        if (!found) ErrorAt(m_current, "Undefined label '" + m_current.text + "'");
        node->text = m_current.text;
        Advance();
      } else {
        if (is_break && m_breakable_depth == 0) ErrorAt(keyword, "Illegal break statement");
        if (!is_break && m_loop_depth == 0) ErrorAt(keyword, "Illegal continue statement: no surrounding iteration statement");
      }
      ConsumeSemicolon();
      return Finish(std::move(node));
    }
    if (word == "throw") {
      Advance();
      if (m_current.newline_before) ErrorAt(m_current, "Illegal newline after throw");
      auto node = MakeNode(NodeKind::Throw, pos);
      node->kids.push_back(ParseExpression());
      ConsumeSemicolon();
      return Finish(std::move(node));
    }
    if (word == "try") return ParseTry();
    if (word == "switch") return ParseSwitch();
    if (word == "class") ErrorAt(m_current, Unsupported("classes are"), DiagnosticKind::Unsupported);
    if (word == "import") {
      Token next = PeekNext();
      if (next.kind != TokenKind::LParen && next.kind != TokenKind::Dot) {
        ErrorAt(m_current, Unsupported("import and export are") + " (use require)", DiagnosticKind::Unsupported);
      }
    }
    if (word == "export") {
      ErrorAt(m_current, Unsupported("import and export are") + " (use module.exports)", DiagnosticKind::Unsupported);
    }
    if (word == "with") ErrorAt(m_current, Unsupported("'with' statements are"), DiagnosticKind::Unsupported);
    if (word == "debugger") {
      Advance();
      ConsumeSemicolon();
      return Finish(MakeNode(NodeKind::Empty, pos));
    }
    if (!ReservedWords().count(word) && PeekNext().kind == TokenKind::Colon) {
      auto node = MakeNode(NodeKind::Labeled, pos);
      node->text = word;
      Advance();
      Advance();
      m_labels.push_back(node->text);
      try {
        node->kids.push_back(ParseStatement());
      } catch (const ParseError&) {
        m_labels.pop_back();
        throw;
      }
      m_labels.pop_back();
      return Finish(std::move(node));
    }
    return ParseExpressionStatement();
  }

  NodePtr ParseLoopBody() {
    ++m_loop_depth;
    ++m_breakable_depth;
    NodePtr body;
    try {
      body = ParseStatement();
    } catch (const ParseError&) {
      --m_loop_depth;
      --m_breakable_depth;
      throw;
    }
    --m_loop_depth;
    --m_breakable_depth;
    return body;
  }

  NodePtr ParseExpressionStatement() {
    auto node = MakeNode(NodeKind::ExprStmt, m_current.pos);
    node->kids.push_back(ParseExpression());
    ConsumeSemicolon();
    return Finish(std::move(node));
  }

  NodePtr ParseIf() {
    auto node = MakeNode(NodeKind::If, m_current.pos);
    Advance();
    Expect(TokenKind::LParen);
    node->kids.push_back(ParseExpression());
    Expect(TokenKind::RParen);
    node->kids.push_back(ParseStatement());
    if (MatchWord("else")) {
      node->kids.push_back(ParseStatement());
    } else {
      node->kids.push_back(nullptr);
    }
    return Finish(std::move(node));
  }

  NodePtr ParseFor() {
    SourcePos pos = m_current.pos;
    Advance();
    if (CheckWord("await")) ErrorAt(m_current, Unsupported("'for await' loops are"), DiagnosticKind::Unsupported);
    Expect(TokenKind::LParen);
    NodePtr init;
    if (CheckWord("var") || CheckWord("const") ||
        (CheckWord("let") && (PeekNext().kind == TokenKind::Identifier || PeekNext().kind == TokenKind::LBracket ||
                              PeekNext().kind == TokenKind::LBrace))) {
      init = ParseVarDeclarations(/*in_for=*/true);
    } else if (!Check(TokenKind::Semicolon)) {
      m_no_in = true;
      init = ParseExpression();
      m_no_in = false;
    }
    if (init && (CheckWord("of") || CheckWord("in"))) {
      bool is_of = CheckWord("of");
      auto node = MakeNode(is_of ? NodeKind::ForOf : NodeKind::ForIn, pos);
      if (init->kind == NodeKind::VarDecl) {
        if (init->kids.size() != 1 || init->kids[0]->Kid(1)) {
          ErrorAtPos(init->pos, std::string("Invalid left-hand side in for-") + (is_of ? "of" : "in") + " loop");
        }
      } else {
        init = ToPattern(std::move(init), /*binding=*/false);
      }
      Advance();
      node->kids.push_back(std::move(init));
      node->kids.push_back(is_of ? ParseAssignment() : ParseExpression());
      Expect(TokenKind::RParen);
      node->kids.push_back(ParseLoopBody());
      return Finish(std::move(node));
    }
    if (init && init->kind == NodeKind::VarDecl) {
      for (auto& declarator : init->kids) {
        if (!declarator->Kid(1) && (init->text == "const" || declarator->Kid(0)->kind != NodeKind::Identifier)) {
          ErrorAtPos(declarator->pos, "Missing initializer in " +
                                          std::string(init->text == "const" ? "const" : "destructuring") + " declaration");
        }
      }
    }
    auto node = MakeNode(NodeKind::For, pos);
    Expect(TokenKind::Semicolon);
    node->kids.push_back(std::move(init));
    node->kids.push_back(Check(TokenKind::Semicolon) ? nullptr : ParseExpression());
    Expect(TokenKind::Semicolon);
    node->kids.push_back(Check(TokenKind::RParen) ? nullptr : ParseExpression());
    Expect(TokenKind::RParen);
    node->kids.push_back(ParseLoopBody());
    return Finish(std::move(node));
  }

  NodePtr ParseTry() {
    auto node = MakeNode(NodeKind::Try, m_current.pos);
    Advance();
    node->kids.push_back(ParseBlockBody(NodeKind::Block));
    NodePtr param, handler, finalizer;
    if (MatchWord("catch")) {
      if (Match(TokenKind::LParen)) {
        param = ParseBindingTarget();
        Expect(TokenKind::RParen);
      }
      handler = ParseBlockBody(NodeKind::Block);
    }
    if (MatchWord("finally")) finalizer = ParseBlockBody(NodeKind::Block);
    if (!handler && !finalizer) ErrorAt(m_current, "Missing catch or finally after try");
    node->kids.push_back(std::move(param));
    node->kids.push_back(std::move(handler));
    node->kids.push_back(std::move(finalizer));
    return Finish(std::move(node));
  }

  NodePtr ParseSwitch() {
    auto node = MakeNode(NodeKind::Switch, m_current.pos);
    Advance();
    Expect(TokenKind::LParen);
    node->kids.push_back(ParseExpression());
    Expect(TokenKind::RParen);
    Expect(TokenKind::LBrace);
    ++m_breakable_depth;
    ++m_block_depth;
    bool seen_default = false;
    while (!Check(TokenKind::RBrace) && !Check(TokenKind::Eof)) {
      auto clause = MakeNode(NodeKind::Case, m_current.pos);
      if (MatchWord("case")) {
        clause->kids.push_back(ParseExpression());
      } else if (CheckWord("default")) {
        if (seen_default) ErrorAt(m_current, "More than one default clause in switch statement");
        seen_default = true;
        Advance();
        clause->kids.push_back(nullptr);
      } else {
        --m_breakable_depth;
        --m_block_depth;
        UnexpectedToken();
      }
      Expect(TokenKind::Colon);
      while (!Check(TokenKind::RBrace) && !Check(TokenKind::Eof) && !CheckWord("case") && !CheckWord("default")) {
        NodePtr statement = ParseStatementRecovering();
        if (statement) clause->kids.push_back(std::move(statement));
      }
      node->kids.push_back(Finish(std::move(clause)));
    }
    --m_breakable_depth;
    --m_block_depth;
    Expect(TokenKind::RBrace);
    return Finish(std::move(node));
  }

  // [SECTION] Declarations and patterns
  NodePtr ParseVarStatement() {
    NodePtr node = ParseVarDeclarations(false);
    ConsumeSemicolon();
    return node;
  }

  NodePtr ParseVarDeclarations(bool in_for) {
    auto node = MakeNode(NodeKind::VarDecl, m_current.pos);
    node->text = m_current.text;
    Advance();
    do {
      auto declarator = MakeNode(NodeKind::Declarator, m_current.pos);
      if (CheckWord("let") && node->text != "var") {
        ErrorAt(m_current, "let is disallowed as a lexically bound name");
      }
      declarator->kids.push_back(ParseBindingTarget());
      if (Match(TokenKind::Assign)) {
        bool saved = m_no_in;
        m_no_in = in_for;
        declarator->kids.push_back(ParseAssignment());
        m_no_in = saved;
      } else {
        if (!in_for && node->text == "const") ErrorAt(m_current, "Missing initializer in const declaration");
        if (!in_for && declarator->kids[0]->kind != NodeKind::Identifier) {
          ErrorAt(m_current, "Missing initializer in destructuring declaration");
        }
        declarator->kids.push_back(nullptr);
      }
      node->kids.push_back(Finish(std::move(declarator)));
    } while (Match(TokenKind::Comma));
    return Finish(std::move(node));
  }

  NodePtr ParseBindingIdentifier() {
    if (!Check(TokenKind::Identifier) || (ReservedWords().count(m_current.text) && !m_current.escaped)) {
      UnexpectedToken();
    }
    if (m_current.text == "await" && InAsync()) ErrorAt(m_current, "Unexpected reserved word");
    auto node = MakeNode(NodeKind::Identifier, m_current.pos);
    node->text = m_current.text;
    Advance();
    return Finish(std::move(node));
  }

  // A binding pattern as in `let [a, {b}] = ...` or a parameter.
  NodePtr ParseBindingTarget() {
    DepthGuard guard(this);
    SourcePos pos = m_current.pos;
    if (Match(TokenKind::LBracket)) {
      auto node = MakeNode(NodeKind::ArrayPattern, pos);
      while (!Check(TokenKind::RBracket)) {
        if (Check(TokenKind::Comma)) {
          node->kids.push_back(MakeNode(NodeKind::Hole, m_current.pos));
          Advance();
          continue;
        }
        if (Check(TokenKind::Ellipsis)) {
          auto rest = MakeNode(NodeKind::Rest, m_current.pos);
          Advance();
          rest->kids.push_back(ParseBindingTarget());
          node->kids.push_back(Finish(std::move(rest)));
          if (Check(TokenKind::Comma)) ErrorAt(m_current, "Rest element must be last element");
          break;
        }
        node->kids.push_back(ParseBindingElement());
        if (!Check(TokenKind::RBracket)) Expect(TokenKind::Comma);
      }
      Expect(TokenKind::RBracket);
      return Finish(std::move(node));
    }
    if (Match(TokenKind::LBrace)) {
      auto node = MakeNode(NodeKind::ObjectPattern, pos);
      while (!Check(TokenKind::RBrace)) {
        if (Check(TokenKind::Ellipsis)) {
          auto rest = MakeNode(NodeKind::Rest, m_current.pos);
          Advance();
          rest->kids.push_back(ParseBindingIdentifier());
          node->kids.push_back(Finish(std::move(rest)));
          break;
        }
        auto property = MakeNode(NodeKind::Property, m_current.pos);
        bool computed = false;
        NodePtr key = ParsePropertyKey(&computed);
        property->flag = computed;
        if (Match(TokenKind::Colon)) {
          property->kids.push_back(std::move(key));
          property->kids.push_back(ParseBindingElement());
        } else {
          if (computed || key->kind != NodeKind::StringLit || !key->flag) UnexpectedToken();
          auto target = MakeNode(NodeKind::Identifier, key->pos);
          target->text = key->text;
          target->end = key->end;
          property->shorthand = true;
          property->kids.push_back(std::move(key));
          if (Match(TokenKind::Assign)) {
            auto with_default = MakeNode(NodeKind::AssignPattern, target->pos);
            with_default->kids.push_back(std::move(target));
            with_default->kids.push_back(ParseAssignment());
            property->kids.push_back(Finish(std::move(with_default)));
          } else {
            property->kids.push_back(std::move(target));
          }
        }
        node->kids.push_back(Finish(std::move(property)));
        if (!Check(TokenKind::RBrace)) Expect(TokenKind::Comma);
      }
      Expect(TokenKind::RBrace);
      return Finish(std::move(node));
    }
    return ParseBindingIdentifier();
  }

  NodePtr ParseBindingElement() {
    SourcePos pos = m_current.pos;
    NodePtr target = ParseBindingTarget();
    if (Match(TokenKind::Assign)) {
      auto node = MakeNode(NodeKind::AssignPattern, pos);
      node->kids.push_back(std::move(target));
      node->kids.push_back(ParseAssignment());
      return Finish(std::move(node));
    }
    return target;
  }

  // Reinterprets an expression already parsed (`[a, b]` before `=`) as an assignment pattern.
  NodePtr ToPattern(NodePtr node, bool binding) {
    switch (node->kind) {
      case NodeKind::Identifier: return node;
      case NodeKind::Member:
      case NodeKind::Index:
        if (binding || node->flag) ErrorAtPos(node->pos, "Invalid destructuring assignment target");
        return node;
      case NodeKind::ArrayLit: {
        node->kind = NodeKind::ArrayPattern;
        for (size_t i = 0; i < node->kids.size(); ++i) {
          NodePtr& element = node->kids[i];
          if (element->kind == NodeKind::Hole) continue;
          if (element->kind == NodeKind::Spread) {
            element->kind = NodeKind::Rest;
            element->kids[0] = ToPattern(std::move(element->kids[0]), binding);
            continue;
          }
          element = ToPattern(std::move(element), binding);
        }
        return node;
      }
      case NodeKind::ObjectLit: {
        node->kind = NodeKind::ObjectPattern;
        for (auto& property : node->kids) {
          if (property->kind == NodeKind::Spread) {
            property->kind = NodeKind::Rest;
            continue;
          }
          if (property->method) ErrorAtPos(property->pos, "Invalid destructuring assignment target");
          property->kids[1] = ToPattern(std::move(property->kids[1]), binding);
        }
        return node;
      }
      case NodeKind::Assign:
        if (node->op == TokenKind::Assign) {
          node->kind = NodeKind::AssignPattern;
          node->kids[0] = ToPattern(std::move(node->kids[0]), binding);
          return node;
        }
        break;
      case NodeKind::AssignPattern: return node;  // from a shorthand `{ a = 1 }`
      default: break;
    }
    ErrorAtPos(node->pos, binding ? "Invalid destructuring assignment target" : "Invalid left-hand side in assignment");
  }

  // [SECTION] Functions
  NodePtr ParseFunctionDeclaration(bool is_async, SourcePos pos) {
    Advance();  // `function`
    if (Check(TokenKind::Star)) ErrorAt(m_current, Unsupported("generators are"), DiagnosticKind::Unsupported);
    NodePtr name = ParseBindingIdentifier();
    NodePtr function = ParseFunctionRest(pos, name->text, is_async, false);
    function->function->is_declaration = true;
    function->var = nullptr;
    function->text = name->text;
    return function;
  }

  // Parses `(params) { body }` after the name.
  NodePtr ParseFunctionRest(SourcePos pos, const std::string& name, bool is_async, bool is_arrow) {
    auto node = MakeNode(NodeKind::Function, pos);
    auto info = std::make_unique<FunctionInfo>();
    info->name = name;
    info->is_async = is_async;
    info->is_arrow = is_arrow;
    info->parent = CurrentFunction();
    m_function_stack.push_back(info.get());
    int saved_loop = m_loop_depth, saved_breakable = m_breakable_depth, saved_block = m_block_depth;
    m_loop_depth = m_breakable_depth = m_block_depth = 0;
    std::vector<std::string> saved_labels;
    saved_labels.swap(m_labels);
    struct RestoreLabels {
      std::vector<std::string>& target;
      std::vector<std::string>& saved;
      ~RestoreLabels() { target.swap(saved); }
    } restore_labels{m_labels, saved_labels};
    try {
      Expect(TokenKind::LParen);
      ParseParams(info.get());
      info->body = ParseFunctionBody();
    } catch (const ParseError&) {
      m_function_stack.pop_back();
      m_loop_depth = saved_loop;
      m_breakable_depth = saved_breakable;
      m_block_depth = saved_block;
      throw;
    }
    m_function_stack.pop_back();
    m_loop_depth = saved_loop;
    m_breakable_depth = saved_breakable;
    m_block_depth = saved_block;
    node->function = std::move(info);
    return Finish(std::move(node));
  }

  // Parses parameters up to and including the `)`.
  void ParseParams(FunctionInfo* info) {
    while (!Check(TokenKind::RParen)) {
      if (Check(TokenKind::Ellipsis)) {
        auto rest = MakeNode(NodeKind::Rest, m_current.pos);
        Advance();
        rest->kids.push_back(ParseBindingTarget());
        info->params.push_back(Finish(std::move(rest)));
        if (!Check(TokenKind::RParen)) ErrorAt(m_current, "Rest parameter must be last formal parameter");
        break;
      }
      info->params.push_back(ParseBindingElement());
      if (!Check(TokenKind::RParen)) {
        if (!Check(TokenKind::Comma)) {
          if (Check(TokenKind::Eof) || Check(TokenKind::LBrace)) ErrorAt(m_current, "missing ) after formal parameters");
          UnexpectedToken();
        }
        Advance();
      }
    }
    Expect(TokenKind::RParen);
  }

  NodePtr ParseFunctionBody() {
    auto block = MakeNode(NodeKind::Block, m_current.pos);
    Expect(TokenKind::LBrace);
    while (!Check(TokenKind::RBrace) && !Check(TokenKind::Eof)) {
      NodePtr statement = ParseStatementRecovering();
      if (statement) block->kids.push_back(std::move(statement));
    }
    Expect(TokenKind::RBrace);
    return Finish(std::move(block));
  }

  // True when the `(` at the current token opens an arrow function's parameter list.
  bool ParenStartsArrow() {
    Lexer::State saved = m_lexer.Save();
    int depth = 1;
    bool arrow = false;
    while (true) {
      Token token = m_lexer.Next();
      if (token.kind == TokenKind::Eof || token.kind == TokenKind::Error) break;
      if (token.kind == TokenKind::LParen || token.kind == TokenKind::LBracket || token.kind == TokenKind::LBrace) ++depth;
      if (token.kind == TokenKind::RParen || token.kind == TokenKind::RBracket || token.kind == TokenKind::RBrace) {
        if (--depth == 0) {
          Token next = m_lexer.Next();
          arrow = next.kind == TokenKind::Arrow && !next.newline_before;
          break;
        }
      }
    }
    m_lexer.Restore(saved);
    return arrow;
  }

  NodePtr ParseArrow(SourcePos pos, bool is_async) {
    auto node = MakeNode(NodeKind::Function, pos);
    auto info = std::make_unique<FunctionInfo>();
    info->is_arrow = true;
    info->is_async = is_async;
    info->parent = CurrentFunction();
    m_function_stack.push_back(info.get());
    int saved_loop = m_loop_depth, saved_breakable = m_breakable_depth, saved_block = m_block_depth;
    m_loop_depth = m_breakable_depth = m_block_depth = 0;
    try {
      if (Match(TokenKind::LParen)) {
        ParseParams(info.get());
      } else {
        info->params.push_back(ParseBindingIdentifier());
      }
      if (m_current.newline_before) UnexpectedToken();
      Expect(TokenKind::Arrow);
      if (Check(TokenKind::LBrace)) {
        info->body = ParseFunctionBody();
      } else {
        info->is_expression_body = true;
        bool saved_no_in = m_no_in;
        m_no_in = false;
        info->body = ParseAssignment();
        m_no_in = saved_no_in;
      }
    } catch (const ParseError&) {
      m_function_stack.pop_back();
      m_loop_depth = saved_loop;
      m_breakable_depth = saved_breakable;
      m_block_depth = saved_block;
      throw;
    }
    m_function_stack.pop_back();
    m_loop_depth = saved_loop;
    m_breakable_depth = saved_breakable;
    m_block_depth = saved_block;
    node->function = std::move(info);
    return Finish(std::move(node));
  }

  // [SECTION] Expressions
  NodePtr ParseExpression() {
    NodePtr first = ParseAssignment();
    if (!Check(TokenKind::Comma)) return first;
    auto node = MakeNode(NodeKind::Sequence, first->pos);
    node->kids.push_back(std::move(first));
    while (Match(TokenKind::Comma)) node->kids.push_back(ParseAssignment());
    return Finish(std::move(node));
  }

  static bool IsAssignOp(TokenKind kind) {
    return kind >= TokenKind::Assign && kind <= TokenKind::QuestionQuestionAssign;
  }

  NodePtr ParseAssignment() {
    DepthGuard guard(this);
    SourcePos pos = m_current.pos;
    // Arrow functions and async arrows.
    if (Check(TokenKind::Identifier) && !m_current.escaped) {
      if (m_current.text == "async") {
        Token next = PeekNext();
        if (!next.newline_before && next.kind == TokenKind::Identifier && next.text != "function") {
          Advance();
          return ParseArrow(pos, true);
        }
        if (!next.newline_before && next.kind == TokenKind::LParen) {
          Lexer::State saved = m_lexer.Save();
          m_lexer.Next();  // the `(`
          bool arrow = ParenStartsArrow();
          m_lexer.Restore(saved);
          if (arrow) {
            Advance();
            return ParseArrow(pos, true);
          }
        }
      }
      if (!ReservedWords().count(m_current.text)) {
        Token next = PeekNext();
        if (next.kind == TokenKind::Arrow && !next.newline_before) return ParseArrow(pos, false);
      }
    }
    if (Check(TokenKind::LParen) && ParenStartsArrow()) return ParseArrow(pos, false);

    NodePtr left = ParseConditional();
    if (!IsAssignOp(m_current.kind)) return left;
    TokenKind op = m_current.kind;
    Token op_token = m_current;
    if (op == TokenKind::Assign && (left->kind == NodeKind::ArrayLit || left->kind == NodeKind::ObjectLit)) {
      left = ToPattern(std::move(left), false);
    } else if (left->kind != NodeKind::Identifier && left->kind != NodeKind::Member && left->kind != NodeKind::Index) {
      ErrorAtPos(left->pos, "Invalid left-hand side in assignment");
    } else if ((left->kind == NodeKind::Member || left->kind == NodeKind::Index) && left->flag) {
      ErrorAtPos(left->pos, "Invalid left-hand side in assignment");
    }
    Advance();
    auto node = MakeNode(NodeKind::Assign, pos);
    node->op = op;
    node->kids.push_back(std::move(left));
    node->kids.push_back(ParseAssignment());
    return Finish(std::move(node));
  }

  NodePtr ParseConditional() {
    NodePtr test = ParseBinary(0);
    if (!Check(TokenKind::Question)) return test;
    Advance();
    auto node = MakeNode(NodeKind::Conditional, test->pos);
    node->kids.push_back(std::move(test));
    bool saved = m_no_in;
    m_no_in = false;
    node->kids.push_back(ParseAssignment());
    m_no_in = saved;
    Expect(TokenKind::Colon);
    node->kids.push_back(ParseAssignment());
    return Finish(std::move(node));
  }

  // Binding power of a binary operator, 0 when the token is not one.
  int Precedence(const Token& token) const {
    switch (token.kind) {
      case TokenKind::QuestionQuestion: return 1;
      case TokenKind::PipePipe: return 2;
      case TokenKind::AmpAmp: return 3;
      case TokenKind::Pipe: return 4;
      case TokenKind::Caret: return 5;
      case TokenKind::Amp: return 6;
      case TokenKind::EqEq: case TokenKind::NotEq: case TokenKind::EqEqEq: case TokenKind::NotEqEq: return 7;
      case TokenKind::Lt: case TokenKind::Gt: case TokenKind::Le: case TokenKind::Ge: return 8;
      case TokenKind::Shl: case TokenKind::Shr: case TokenKind::UShr: return 9;
      case TokenKind::Plus: case TokenKind::Minus: return 10;
      case TokenKind::Star: case TokenKind::Slash: case TokenKind::Percent: return 11;
      case TokenKind::StarStar: return 12;
      case TokenKind::Identifier:
        if (token.escaped) return 0;
        if (token.text == "instanceof") return 8;
        if (token.text == "in" && !m_no_in) return 8;
        return 0;
      default: return 0;
    }
  }

  NodePtr ParseBinary(int min_precedence) {
    DepthGuard guard(this);
    NodePtr left = ParseUnary();
    while (true) {
      int precedence = Precedence(m_current);
      if (precedence == 0 || precedence <= min_precedence) break;
      Token op_token = m_current;
      Advance();
      // `**` is right-associative: its right side may hold another `**`.
      NodePtr right = ParseBinary(precedence == 12 ? precedence - 1 : precedence);
      bool logical = op_token.kind == TokenKind::AmpAmp || op_token.kind == TokenKind::PipePipe ||
                     op_token.kind == TokenKind::QuestionQuestion;
      auto node = MakeNode(logical ? NodeKind::Logical : NodeKind::Binary, left->pos);
      node->op = op_token.kind;
      if (op_token.kind == TokenKind::Identifier) {
        node->text = op_token.text;  // `in` / `instanceof`
      }
      node->kids.push_back(std::move(left));
      node->kids.push_back(std::move(right));
      left = Finish(std::move(node));
    }
    return left;
  }

  NodePtr ParseUnary() {
    DepthGuard guard(this);
    SourcePos pos = m_current.pos;
    TokenKind kind = m_current.kind;
    if (kind == TokenKind::Bang || kind == TokenKind::Minus || kind == TokenKind::Plus || kind == TokenKind::Tilde) {
      Advance();
      auto node = MakeNode(NodeKind::Unary, pos);
      node->op = kind;
      node->kids.push_back(ParseUnary());
      if (Check(TokenKind::StarStar)) {
        ErrorAt(m_current, "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence");
      }
      return Finish(std::move(node));
    }
    if (kind == TokenKind::PlusPlus || kind == TokenKind::MinusMinus) {
      Advance();
      auto node = MakeNode(NodeKind::Update, pos);
      node->op = kind;
      node->flag = true;
      NodePtr target = ParseUnary();
      if (target->kind != NodeKind::Identifier && target->kind != NodeKind::Member && target->kind != NodeKind::Index) {
        ErrorAtPos(target->pos, "Invalid left-hand side expression in prefix operation");
      }
      node->kids.push_back(std::move(target));
      return Finish(std::move(node));
    }
    if (kind == TokenKind::Identifier && !m_current.escaped) {
      const std::string& word = m_current.text;
      if (word == "typeof" || word == "void" || word == "delete") {
        std::string op_word = word;
        Advance();
        auto node = MakeNode(NodeKind::Unary, pos);
        node->text = op_word;
        node->kids.push_back(ParseUnary());
        return Finish(std::move(node));
      }
      if (word == "await") {
        if (InAsync()) {
          Advance();
          auto node = MakeNode(NodeKind::Await, pos);
          node->kids.push_back(ParseUnary());
          return Finish(std::move(node));
        }
        Token next = PeekNext();
        if (next.kind == TokenKind::Identifier || next.kind == TokenKind::LParen || next.kind == TokenKind::Number ||
            next.kind == TokenKind::String) {
          if (!next.newline_before && next.kind != TokenKind::LParen) {
            ErrorAt(m_current, "await is only valid in async functions and the top level bodies of modules");
          }
        }
      }
    }
    return ParsePostfix();
  }

  NodePtr ParsePostfix() {
    NodePtr expression = ParseCallMember();
    if ((Check(TokenKind::PlusPlus) || Check(TokenKind::MinusMinus)) && !m_current.newline_before) {
      if (expression->kind != NodeKind::Identifier && expression->kind != NodeKind::Member &&
          expression->kind != NodeKind::Index) {
        ErrorAtPos(expression->pos, "Invalid left-hand side expression in postfix operation");
      }
      auto node = MakeNode(NodeKind::Update, expression->pos);
      node->op = m_current.kind;
      node->flag = false;
      Advance();
      node->kids.push_back(std::move(expression));
      return Finish(std::move(node));
    }
    return expression;
  }

  void ParseArguments(Node* call) {
    // The `(` has been consumed.
    while (!Check(TokenKind::RParen)) {
      if (Check(TokenKind::Ellipsis)) {
        auto spread = MakeNode(NodeKind::Spread, m_current.pos);
        Advance();
        spread->kids.push_back(ParseAssignment());
        call->kids.push_back(Finish(std::move(spread)));
      } else {
        call->kids.push_back(ParseAssignment());
      }
      if (!Check(TokenKind::RParen)) {
        if (!Check(TokenKind::Comma)) {
          if (Check(TokenKind::Eof) || Check(TokenKind::Semicolon) || Check(TokenKind::RBrace)) {
            ErrorAt(m_current, "missing ) after argument list");
          }
          UnexpectedToken();
        }
        Advance();
      }
    }
    Expect(TokenKind::RParen);
  }

  NodePtr ParseCallMember() {
    NodePtr expression;
    SourcePos pos = m_current.pos;
    if (CheckWord("new")) {
      Advance();
      if (Match(TokenKind::Dot)) ErrorAt(m_previous, Unsupported("new.target is"), DiagnosticKind::Unsupported);
      DepthGuard guard(this);
      auto node = MakeNode(NodeKind::New, pos);
      // The callee of `new` is a member expression without calls: `new a.b.C(x)`.
      NodePtr callee = ParsePrimary();
      while (true) {
        if (Match(TokenKind::Dot)) {
          auto member = MakeNode(NodeKind::Member, callee->pos);
          member->op_pos = m_current.pos;
          member->text = ParsePropertyName();
          member->kids.push_back(std::move(callee));
          callee = Finish(std::move(member));
        } else if (Match(TokenKind::LBracket)) {
          auto index = MakeNode(NodeKind::Index, callee->pos);
          index->kids.push_back(std::move(callee));
          index->kids.push_back(ParseExpression());
          Expect(TokenKind::RBracket);
          callee = Finish(std::move(index));
        } else {
          break;
        }
      }
      node->kids.push_back(std::move(callee));
      if (Match(TokenKind::LParen)) ParseArguments(node.get());
      expression = Finish(std::move(node));
    } else {
      expression = ParsePrimary();
    }
    bool in_optional_chain = false;
    while (true) {
      SourcePos op_pos = m_current.pos;
      if (Match(TokenKind::Dot)) {
        auto member = MakeNode(NodeKind::Member, expression->pos);
        member->op_pos = m_current.pos;  // where a "Cannot read properties" caret points
        if (Check(TokenKind::PrivateName)) {
          ErrorAt(m_current, Unsupported("private fields are"), DiagnosticKind::Unsupported);
        }
        member->text = ParsePropertyName();
        member->kids.push_back(std::move(expression));
        expression = Finish(std::move(member));
      } else if (Check(TokenKind::QuestionDot)) {
        Advance();
        in_optional_chain = true;
        if (Match(TokenKind::LParen)) {
          auto call = MakeNode(NodeKind::Call, expression->pos);
          call->flag = true;
          call->kids.push_back(std::move(expression));
          ParseArguments(call.get());
          expression = Finish(std::move(call));
        } else if (Match(TokenKind::LBracket)) {
          auto index = MakeNode(NodeKind::Index, expression->pos);
          index->flag = true;
          index->kids.push_back(std::move(expression));
          index->kids.push_back(ParseExpression());
          Expect(TokenKind::RBracket);
          expression = Finish(std::move(index));
        } else {
          auto member = MakeNode(NodeKind::Member, expression->pos);
          member->flag = true;
          member->op_pos = m_current.pos;
          member->text = ParsePropertyName();
          member->kids.push_back(std::move(expression));
          expression = Finish(std::move(member));
        }
      } else if (Match(TokenKind::LBracket)) {
        auto index = MakeNode(NodeKind::Index, expression->pos);
        index->op_pos = op_pos;
        index->kids.push_back(std::move(expression));
        index->kids.push_back(ParseExpression());
        Expect(TokenKind::RBracket);
        expression = Finish(std::move(index));
      } else if (Match(TokenKind::LParen)) {
        auto call = MakeNode(NodeKind::Call, expression->pos);
        call->kids.push_back(std::move(expression));
        ParseArguments(call.get());
        expression = Finish(std::move(call));
      } else if (Check(TokenKind::Template)) {
        ErrorAt(m_current, Unsupported("tagged templates are"), DiagnosticKind::Unsupported);
      } else {
        break;
      }
    }
    if (in_optional_chain) {
      // The whole chain short-circuits to undefined when a `?.` meets null or undefined.
      auto chain = MakeNode(NodeKind::OptionalChain, expression->pos);
      chain->kids.push_back(std::move(expression));
      return Finish(std::move(chain));
    }
    return expression;
  }

  std::string ParsePropertyName() {
    if (!Check(TokenKind::Identifier)) UnexpectedToken();
    std::string name = m_current.text;
    Advance();
    return name;
  }

  // A key in an object literal or pattern. Sets *computed for `[expr]`. Identifier keys come
  // back as StringLit with flag = true so that shorthand properties can be recognised.
  NodePtr ParsePropertyKey(bool* computed) {
    *computed = false;
    SourcePos pos = m_current.pos;
    if (Match(TokenKind::LBracket)) {
      *computed = true;
      NodePtr key = ParseAssignment();
      Expect(TokenKind::RBracket);
      return key;
    }
    auto key = MakeNode(NodeKind::StringLit, pos);
    if (Check(TokenKind::Identifier)) {
      key->text = m_current.text;
      key->flag = true;
    } else if (Check(TokenKind::String)) {
      key->text = m_current.text;
    } else if (Check(TokenKind::Number)) {
      key->kind = NodeKind::NumberLit;
      key->number = m_current.number;
    } else if (Check(TokenKind::PrivateName)) {
      ErrorAt(m_current, Unsupported("private fields are"), DiagnosticKind::Unsupported);
    } else {
      UnexpectedToken();
    }
    Advance();
    return Finish(std::move(key));
  }

  NodePtr ParseObjectLiteral() {
    auto node = MakeNode(NodeKind::ObjectLit, m_current.pos);
    Expect(TokenKind::LBrace);
    while (!Check(TokenKind::RBrace)) {
      SourcePos pos = m_current.pos;
      if (Check(TokenKind::Ellipsis)) {
        auto spread = MakeNode(NodeKind::Spread, pos);
        Advance();
        spread->kids.push_back(ParseAssignment());
        node->kids.push_back(Finish(std::move(spread)));
      } else {
        auto property = MakeNode(NodeKind::Property, pos);
        bool is_async = false;
        if (Check(TokenKind::Star)) ErrorAt(m_current, Unsupported("generators are"), DiagnosticKind::Unsupported);
        if ((CheckWord("get") || CheckWord("set")) ) {
          Token next = PeekNext();
          if (next.kind == TokenKind::Identifier || next.kind == TokenKind::String || next.kind == TokenKind::Number ||
              next.kind == TokenKind::LBracket) {
            ErrorAt(m_current, Unsupported("getters and setters are"), DiagnosticKind::Unsupported);
          }
        }
        if (CheckWord("async")) {
          Token next = PeekNext();
          if (!next.newline_before && next.kind != TokenKind::Colon && next.kind != TokenKind::LParen &&
              next.kind != TokenKind::Comma && next.kind != TokenKind::RBrace) {
            Advance();
            is_async = true;
            if (Check(TokenKind::Star)) ErrorAt(m_current, Unsupported("async generators are"), DiagnosticKind::Unsupported);
          }
        }
        bool computed = false;
        NodePtr key = ParsePropertyKey(&computed);
        property->flag = computed;
        if (Check(TokenKind::LParen)) {
          std::string name = (!computed && key->kind == NodeKind::StringLit) ? key->text : "";
          property->method = true;
          property->kids.push_back(std::move(key));
          property->kids.push_back(ParseFunctionRest(pos, name, is_async, false));
        } else if (is_async) {
          UnexpectedToken();
        } else if (Match(TokenKind::Colon)) {
          property->kids.push_back(std::move(key));
          property->kids.push_back(ParseAssignment());
        } else {
          if (computed || key->kind != NodeKind::StringLit || !key->flag) UnexpectedToken();
          if (ReservedWords().count(key->text)) ErrorAtPos(key->pos, "Unexpected token '" + key->text + "'");
          auto value = MakeNode(NodeKind::Identifier, key->pos);
          value->text = key->text;
          value->end = key->end;
          property->shorthand = true;
          property->kids.push_back(std::move(key));
          if (Check(TokenKind::Assign)) {
            // Only valid when the literal turns out to be a pattern: `({ a = 1 } = obj)`.
            Advance();
            auto with_default = MakeNode(NodeKind::AssignPattern, value->pos);
            with_default->kids.push_back(std::move(value));
            with_default->kids.push_back(ParseAssignment());
            property->kids.push_back(Finish(std::move(with_default)));
          } else {
            property->kids.push_back(std::move(value));
          }
        }
        node->kids.push_back(Finish(std::move(property)));
      }
      if (!Check(TokenKind::RBrace)) Expect(TokenKind::Comma);
    }
    Expect(TokenKind::RBrace);
    return Finish(std::move(node));
  }

  NodePtr ParseTemplate() {
    auto node = MakeNode(NodeKind::TemplateLit, m_current.pos);
    while (true) {
      auto piece = MakeNode(NodeKind::StringLit, m_current.pos);
      piece->text = m_current.text;
      node->kids.push_back(std::move(piece));
      bool tail = m_current.number == 1;
      if (tail) {
        Advance();
        break;
      }
      Advance();
      node->kids.push_back(ParseExpression());
      if (!Check(TokenKind::RBrace)) UnexpectedToken();
      m_current = m_lexer.ContinueTemplate(m_current);
      if (m_current.kind == TokenKind::Error) {
        Token bad = m_current;
        ErrorAt(bad, bad.text);
      }
    }
    return Finish(std::move(node));
  }

  NodePtr ParsePrimary() {
    DepthGuard guard(this);
    SourcePos pos = m_current.pos;
    switch (m_current.kind) {
      case TokenKind::Number: {
        if (m_current.text == "bigint") ErrorAt(m_current, Unsupported("BigInt literals are"), DiagnosticKind::Unsupported);
        auto node = MakeNode(NodeKind::NumberLit, pos);
        node->number = m_current.number;
        Advance();
        return Finish(std::move(node));
      }
      case TokenKind::String: {
        auto node = MakeNode(NodeKind::StringLit, pos);
        node->text = m_current.text;
        Advance();
        return Finish(std::move(node));
      }
      case TokenKind::Template: return ParseTemplate();
      case TokenKind::LParen: {
        Advance();
        NodePtr inner = ParseExpression();
        Expect(TokenKind::RParen);
        return inner;
      }
      case TokenKind::LBracket: {
        auto node = MakeNode(NodeKind::ArrayLit, pos);
        Advance();
        while (!Check(TokenKind::RBracket)) {
          if (Check(TokenKind::Comma)) {
            node->kids.push_back(MakeNode(NodeKind::Hole, m_current.pos));
            Advance();
            continue;
          }
          if (Check(TokenKind::Ellipsis)) {
            auto spread = MakeNode(NodeKind::Spread, m_current.pos);
            Advance();
            spread->kids.push_back(ParseAssignment());
            node->kids.push_back(Finish(std::move(spread)));
          } else {
            node->kids.push_back(ParseAssignment());
          }
          if (!Check(TokenKind::RBracket)) Expect(TokenKind::Comma);
        }
        Expect(TokenKind::RBracket);
        return Finish(std::move(node));
      }
      case TokenKind::LBrace: return ParseObjectLiteral();
      case TokenKind::Slash:
      case TokenKind::SlashAssign:
        ErrorAt(m_current, Unsupported("regular expressions are"), DiagnosticKind::Unsupported);
      case TokenKind::PrivateName:
        ErrorAt(m_current, Unsupported("private fields are"), DiagnosticKind::Unsupported);
      case TokenKind::Identifier: break;
      default: UnexpectedToken();
    }
    const std::string word = m_current.text;
    if (!m_current.escaped) {
      if (word == "function") {
        Advance();
        if (Check(TokenKind::Star)) ErrorAt(m_current, Unsupported("generators are"), DiagnosticKind::Unsupported);
        std::string name;
        if (Check(TokenKind::Identifier)) name = ParseBindingIdentifier()->text;
        return ParseFunctionRest(pos, name, false, false);
      }
      if (word == "async") {
        Token next = PeekNext();
        if (next.kind == TokenKind::Identifier && next.text == "function" && !next.newline_before) {
          Advance();
          Advance();
          if (Check(TokenKind::Star)) ErrorAt(m_current, Unsupported("async generators are"), DiagnosticKind::Unsupported);
          std::string name;
          if (Check(TokenKind::Identifier)) name = ParseBindingIdentifier()->text;
          return ParseFunctionRest(pos, name, true, false);
        }
      }
      if (word == "this") {
        Advance();
        return Finish(MakeNode(NodeKind::This, pos));
      }
      if (word == "null") {
        Advance();
        return Finish(MakeNode(NodeKind::NullLit, pos));
      }
      if (word == "true") {
        Advance();
        return Finish(MakeNode(NodeKind::TrueLit, pos));
      }
      if (word == "false") {
        Advance();
        return Finish(MakeNode(NodeKind::FalseLit, pos));
      }
      if (word == "class") ErrorAt(m_current, Unsupported("classes are"), DiagnosticKind::Unsupported);
      if (word == "super") ErrorAt(m_current, Unsupported("classes (super) are"), DiagnosticKind::Unsupported);
      if (word == "import") ErrorAt(m_current, Unsupported("import and export are") + " (use require)", DiagnosticKind::Unsupported);
      if (word == "yield") ErrorAt(m_current, Unsupported("generators (yield) are"), DiagnosticKind::Unsupported);
      if (ReservedWords().count(word)) UnexpectedToken();
    }
    auto node = MakeNode(NodeKind::Identifier, pos);
    node->text = word;
    Advance();
    return Finish(std::move(node));
  }

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
};

}  // namespace

ParseResult Parse(std::string_view source, const std::string& file, const ParseOptions& options) {
  Parser parser(source, file, options);
  return parser.Run();
}

}  // namespace th
