// Function declarations, expressions, parameters and arrows.
#include "lang/parser_impl.h"

namespace th::detail {

NodePtr Parser::ParseFunctionDeclaration(bool is_async, SourcePos pos) {
  Advance();  // `function`
  const bool is_generator = MatchGeneratorStar();
  NodePtr name = ParseBindingIdentifier();
  NodePtr function = ParseFunctionRest(pos, name->text, is_async, false, is_generator);
  function->function->is_declaration = true;
  function->var = nullptr;
  function->text = name->text;
  return function;
}

NodePtr Parser::ParseFunctionRest(SourcePos pos, const std::string& name, bool is_async, bool is_arrow,
                                  bool is_generator) {
  auto info = std::make_unique<FunctionInfo>();
  info->name = name;
  info->is_async = is_async;
  info->is_arrow = is_arrow;
  info->is_generator = is_generator;
  return ParseParamsAndBody(pos, std::move(info));
}

// A class's method or constructor (parser_classes.cpp): flagged before its body is parsed, so
// `super` in it is known to be allowed.
NodePtr Parser::ParseMethod(SourcePos pos, const std::string& name, bool is_async, bool is_constructor,
                            bool derived, bool is_generator) {
  auto info = std::make_unique<FunctionInfo>();
  info->name = name;
  info->is_async = is_async;
  info->is_generator = is_generator;
  info->is_method = true;
  info->is_class_constructor = is_constructor;
  info->is_derived = derived;
  return ParseParamsAndBody(pos, std::move(info));
}

NodePtr Parser::ParseParamsAndBody(SourcePos pos, std::unique_ptr<FunctionInfo> info) {
  auto node = MakeNode(NodeKind::Function, pos);
  info->parent = CurrentFunction();
  {
    FunctionScope scope(*this, info.get());
    Expect(TokenKind::LParen);
    ParseParams(info.get());
    info->body = ParseFunctionBody();
  }
  node->function = std::move(info);
  return Finish(std::move(node));
}

void Parser::ParseParams(FunctionInfo* info) {
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

NodePtr Parser::ParseFunctionBody() {
  auto block = MakeNode(NodeKind::Block, m_current.pos);
  Expect(TokenKind::LBrace);
  while (!Check(TokenKind::RBrace) && !Check(TokenKind::Eof)) {
    NodePtr statement = ParseStatementRecovering();
    if (statement) block->kids.push_back(std::move(statement));
  }
  Expect(TokenKind::RBrace);
  return Finish(std::move(block));
}

bool Parser::ParenStartsArrow() {
  const Lexer::State saved = m_lexer.Save();
  if (auto known = m_arrow_parens.find(saved.offset); known != m_arrow_parens.end()) return known->second;
  // The brackets still open, innermost last: where each starts, and whether it is a `(`. Any
  // closing bracket closes the innermost one, whatever its kind (a mismatch is the parser's
  // error to report, later).
  struct Open {
    std::size_t offset;
    bool paren;
  };
  std::vector<Open> open{{saved.offset, true}};
  while (!open.empty()) {
    const Token token = m_lexer.Next();
    if (token.kind == TokenKind::Eof || token.kind == TokenKind::Error) break;
    if (token.kind == TokenKind::LParen || token.kind == TokenKind::LBracket || token.kind == TokenKind::LBrace) {
      open.push_back({m_lexer.Save().offset, token.kind == TokenKind::LParen});
    } else if (token.kind == TokenKind::RParen || token.kind == TokenKind::RBracket || token.kind == TokenKind::RBrace) {
      const Open closed = open.back();
      open.pop_back();
      if (closed.paren) {
        const Lexer::State after = m_lexer.Save();
        const Token next = m_lexer.Next();
        m_lexer.Restore(after);
        m_arrow_parens[closed.offset] = next.kind == TokenKind::Arrow && !next.newline_before;
      }
    }
  }
  // Never closed: not an arrow.
  for (const Open& unclosed : open) {
    if (unclosed.paren) m_arrow_parens[unclosed.offset] = false;
  }
  m_lexer.Restore(saved);
  return m_arrow_parens[saved.offset];
}

NodePtr Parser::ParseArrow(SourcePos pos, bool is_async) {
  auto node = MakeNode(NodeKind::Function, pos);
  auto info = std::make_unique<FunctionInfo>();
  info->is_arrow = true;
  info->is_async = is_async;
  info->parent = CurrentFunction();
  {
    FunctionScope scope(*this, info.get());
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
  }
  node->function = std::move(info);
  return Finish(std::move(node));
}

}  // namespace th::detail
