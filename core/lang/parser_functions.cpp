// Function declarations, expressions, parameters and arrows.
#include "lang/parser_impl.h"

namespace th::detail {

NodePtr Parser::ParseFunctionDeclaration(bool is_async, SourcePos pos) {
  Advance();  // `function`
  if (Check(TokenKind::Star)) ErrorAt(m_current, Unsupported("generators are"), DiagnosticKind::Unsupported);
  NodePtr name = ParseBindingIdentifier();
  NodePtr function = ParseFunctionRest(pos, name->text, is_async, false);
  function->function->is_declaration = true;
  function->var = nullptr;
  function->text = name->text;
  return function;
}

NodePtr Parser::ParseFunctionRest(SourcePos pos, const std::string& name, bool is_async, bool is_arrow) {
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

NodePtr Parser::ParseArrow(SourcePos pos, bool is_async) {
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

}  // namespace th::detail
