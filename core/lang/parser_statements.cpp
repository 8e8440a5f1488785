// Statements, declarations and binding patterns.
#include "lang/parser_impl.h"

namespace th::detail {

NodePtr Parser::ParseStatementRecovering() {
  uint32_t start = m_current.offset;
  try {
    return ParseStatement();
  } catch (...) {
    RethrowUnlessParseError();
    // m_depth is back at this statement's level: the guards of what failed have unwound.
    Synchronize();
    // Always make progress, whatever the recovery decided.
    if (m_current.offset == start && !Check(TokenKind::Eof) && !Check(TokenKind::RBrace)) SafeAdvance();
    return nullptr;
  }
}

NodePtr Parser::ParseBlockBody(NodeKind kind) {
  auto block = MakeNode(kind, m_current.pos);
  Expect(TokenKind::LBrace);
  {
    Nested in_block(&m_block_depth);
    while (!Check(TokenKind::RBrace) && !Check(TokenKind::Eof)) {
      NodePtr statement = ParseStatementRecovering();
      if (statement) block->kids.push_back(std::move(statement));
    }
  }
  Expect(TokenKind::RBrace);
  return Finish(std::move(block));
}

NodePtr Parser::ParseStatement() {
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
    // Node's module wrapper makes `return` legal at the top level; a static block is no function.
    if (CurrentFunction()->is_static_block) ErrorAtSpan(m_current.pos, m_current.end, "Illegal return statement");
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
  if (word == "class") return ParseClassDeclaration(pos);
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
    } catch (...) {
      m_labels.pop_back();
      throw;
    }
    m_labels.pop_back();
    return Finish(std::move(node));
  }
  return ParseExpressionStatement();
}

NodePtr Parser::ParseLoopBody() {
  Nested loop(&m_loop_depth);
  Nested breakable(&m_breakable_depth);
  return ParseStatement();
}

NodePtr Parser::ParseExpressionStatement() {
  auto node = MakeNode(NodeKind::ExprStmt, m_current.pos);
  node->kids.push_back(ParseExpression());
  ConsumeSemicolon();
  return Finish(std::move(node));
}

NodePtr Parser::ParseIf() {
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

NodePtr Parser::ParseFor() {
  SourcePos pos = m_current.pos;
  Advance();
  // `for await (x of iterable)`, in an async function.
  const bool is_await = CheckWord("await");
  if (is_await) {
    if (!InAsync()) ErrorAt(m_current, "Unexpected reserved word");
    Advance();
  }
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
    if (is_await && !is_of) UnexpectedToken();
    auto node = MakeNode(is_of ? NodeKind::ForOf : NodeKind::ForIn, pos);
    node->flag = is_await;
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
  if (is_await) {
    if (init && init->kind == NodeKind::VarDecl && !init->kids.empty() && init->kids[0]->Kid(1)) {
      ErrorAtPos(init->kids[0]->pos, "for-await-of loop variable declaration may not have an initializer.");
    }
    UnexpectedToken();
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

NodePtr Parser::ParseTry() {
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

NodePtr Parser::ParseSwitch() {
  auto node = MakeNode(NodeKind::Switch, m_current.pos);
  Advance();
  Expect(TokenKind::LParen);
  node->kids.push_back(ParseExpression());
  Expect(TokenKind::RParen);
  Expect(TokenKind::LBrace);
  Nested breakable(&m_breakable_depth);
  Nested in_block(&m_block_depth);
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
      UnexpectedToken();
    }
    Expect(TokenKind::Colon);
    while (!Check(TokenKind::RBrace) && !Check(TokenKind::Eof) && !CheckWord("case") && !CheckWord("default")) {
      NodePtr statement = ParseStatementRecovering();
      if (statement) clause->kids.push_back(std::move(statement));
    }
    node->kids.push_back(Finish(std::move(clause)));
  }
  Expect(TokenKind::RBrace);
  return Finish(std::move(node));
}

NodePtr Parser::ParseVarStatement() {
  NodePtr node = ParseVarDeclarations(false);
  ConsumeSemicolon();
  return node;
}

NodePtr Parser::ParseVarDeclarations(bool in_for) {
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

NodePtr Parser::ParseBindingIdentifier() {
  if (!Check(TokenKind::Identifier) || (ReservedWords().count(m_current.text) && !m_current.escaped)) {
    UnexpectedToken();
  }
  if (m_current.text == "await" && InAsync()) ErrorAt(m_current, "Unexpected reserved word");
  auto node = MakeNode(NodeKind::Identifier, m_current.pos);
  node->text = m_current.text;
  Advance();
  return Finish(std::move(node));
}

NodePtr Parser::ParseBindingTarget() {
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
        FinishShorthandProperty(*property, std::move(key));
      }
      node->kids.push_back(Finish(std::move(property)));
      if (!Check(TokenKind::RBrace)) Expect(TokenKind::Comma);
    }
    Expect(TokenKind::RBrace);
    return Finish(std::move(node));
  }
  return ParseBindingIdentifier();
}

NodePtr Parser::ParseBindingElement() {
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

NodePtr Parser::ToPattern(NodePtr node, bool binding) {
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

}  // namespace th::detail
