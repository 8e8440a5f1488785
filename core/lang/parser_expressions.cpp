// Expressions: assignment → conditional → binary → unary → postfix → call/member → primary.
#include "lang/parser_impl.h"
#include "lang/regexp.h"

namespace th::detail {

// `yield`, `yield value` and `yield* iterable`, in a generator's body. A value must start on the
// yield's line; a token that cannot start one ends a bare `yield`.
NodePtr Parser::ParseYield() {
  auto node = MakeNode(NodeKind::Yield, m_current.pos);
  Advance();
  if (m_current.newline_before) return Finish(std::move(node));
  node->flag = Match(TokenKind::Star);
  if (node->flag && InAsync()) ErrorAt(m_previous, Unsupported("yield* in async generators is"), DiagnosticKind::Unsupported);
  switch (m_current.kind) {
    case TokenKind::RParen: case TokenKind::RBracket: case TokenKind::RBrace: case TokenKind::Comma:
    case TokenKind::Semicolon: case TokenKind::Colon: case TokenKind::Eof:
      if (node->flag) UnexpectedToken();
      return Finish(std::move(node));
    default: break;
  }
  if (CheckWord("in") && !node->flag) return Finish(std::move(node));
  node->kids.push_back(ParseAssignment());
  return Finish(std::move(node));
}

NodePtr Parser::ParseExpression() {
  NodePtr first = ParseAssignment();
  if (!Check(TokenKind::Comma)) return first;
  auto node = MakeNode(NodeKind::Sequence, first->pos);
  node->kids.push_back(std::move(first));
  while (Match(TokenKind::Comma)) node->kids.push_back(ParseAssignment());
  return Finish(std::move(node));
}

bool Parser::IsAssignOp(TokenKind kind) {
  return kind >= TokenKind::Assign && kind <= TokenKind::QuestionQuestionAssign;
}

NodePtr Parser::ParseAssignment() {
  DepthGuard guard(this);
  SourcePos pos = m_current.pos;
  if (InGenerator() && CheckWord("yield") && !m_current.escaped) return ParseYield();
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

NodePtr Parser::ParseConditional() {
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

int Parser::Precedence(const Token& token) const {
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

NodePtr Parser::ParseBinary(int min_precedence) {
  DepthGuard guard(this);
  ChainDepth chain(this);
  NodePtr left = ParseUnary();
  while (true) {
    int precedence = Precedence(m_current);
    if (precedence == 0 || precedence <= min_precedence) break;
    Token op_token = m_current;
    Advance();
    chain.Deeper();  // `left` goes one level down, under the new operator node
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

NodePtr Parser::ParseUnary() {
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

NodePtr Parser::ParsePostfix() {
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

void Parser::ParseArguments(Node* call) {
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
      // V8's words for anything but `,` or `)` after an argument, under its last token.
      if (!Check(TokenKind::Comma)) ErrorAtSpan(m_previous.pos, m_previous.end, "missing ) after argument list");
      Advance();
    }
  }
  Expect(TokenKind::RParen);
}

NodePtr Parser::ParseCallMember() {
  NodePtr expression;
  SourcePos pos = m_current.pos;
  if (CheckWord("new")) {
    Advance();
    if (Match(TokenKind::Dot)) ErrorAt(m_previous, Unsupported("new.target is"), DiagnosticKind::Unsupported);
    DepthGuard guard(this);
    auto node = MakeNode(NodeKind::New, pos);
    // The callee of `new` is a member expression without calls: `new a.b.C(x)`.
    NodePtr callee = ParsePrimary();
    ChainDepth chain(this);
    while (true) {
      if (Check(TokenKind::Dot) || Check(TokenKind::LBracket)) chain.Deeper();
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
  ChainDepth links(this);
  while (true) {
    SourcePos op_pos = m_current.pos;
    if (Check(TokenKind::Dot) || Check(TokenKind::QuestionDot) || Check(TokenKind::LBracket) || Check(TokenKind::LParen)) {
      links.Deeper();  // `expression` goes one level down, under the member, index or call node
    }
    if (Match(TokenKind::Dot)) {
      if (Check(TokenKind::PrivateName)) {
        expression = PrivateMember(std::move(expression), false, op_pos);
      } else {
        auto member = MakeNode(NodeKind::Member, expression->pos);
        member->op_pos = m_current.pos;  // where a "Cannot read properties" caret points
        member->text = ParsePropertyName();
        member->kids.push_back(std::move(expression));
        expression = Finish(std::move(member));
      }
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
      } else if (Check(TokenKind::PrivateName)) {
        expression = PrivateMember(std::move(expression), true, op_pos);
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
      if (in_optional_chain) ErrorAt(m_current, "Invalid tagged template on optional chain");
      auto call = MakeNode(NodeKind::Call, expression->pos);
      call->kids.push_back(std::move(expression));
      ParseTaggedTemplate(call.get());
      expression = Finish(std::move(call));
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

// A #name where it is used: an Identifier "#x" the resolver finds among the enclosing classes'
// private names (a constant bound to the class's private symbol for it).
NodePtr Parser::PrivateNameReference() {
  auto name = MakeNode(NodeKind::Identifier, m_current.pos);
  name->text = m_current.text[0] == '#' ? m_current.text : "#" + m_current.text;
  Advance();
  return Finish(std::move(name));
}

// obj.#x (or obj?.#x): a computed member whose key is the private name's symbol. An undeclared
// #x is reported at the `.`, as V8 does.
NodePtr Parser::PrivateMember(NodePtr object, bool optional, SourcePos op_pos) {
  auto index = MakeNode(NodeKind::Index, object->pos);
  index->flag = optional;
  index->op_pos = m_current.pos;
  index->kids.push_back(std::move(object));
  NodePtr name = PrivateNameReference();
  name->pos = op_pos;
  index->kids.push_back(std::move(name));
  return Finish(std::move(index));
}

std::string Parser::ParsePropertyName() {
  if (!Check(TokenKind::Identifier)) UnexpectedToken();
  std::string name = m_current.text;
  Advance();
  return name;
}

NodePtr Parser::ParsePropertyKey(bool* computed) {
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
  } else {
    UnexpectedToken();  // a #name outside a class body among them
  }
  Advance();
  return Finish(std::move(key));
}

std::string Parser::ParseAccessorWord() {
  if (!CheckWord("get") && !CheckWord("set")) return "";
  const Token next = PeekNext();
  if (next.kind != TokenKind::Identifier && next.kind != TokenKind::String && next.kind != TokenKind::Number &&
      next.kind != TokenKind::LBracket && next.kind != TokenKind::PrivateName) {
    return "";  // a property or method named get or set
  }
  std::string word = m_current.text;
  Advance();
  return word;
}

NodePtr Parser::ParseObjectLiteral() {
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
      bool is_generator = MatchGeneratorStar();
      const std::string accessor = is_generator ? std::string() : ParseAccessorWord();
      if (!is_generator && CheckWord("async")) {
        Token next = PeekNext();
        if (!next.newline_before && next.kind != TokenKind::Colon && next.kind != TokenKind::LParen &&
            next.kind != TokenKind::Comma && next.kind != TokenKind::RBrace) {
          Advance();
          is_async = true;
          is_generator = MatchGeneratorStar();
        }
      }
      bool computed = false;
      NodePtr key = ParsePropertyKey(&computed);
      property->flag = computed;
      if (!accessor.empty()) {
        // `get name() {}` / `set name(value) {}`: the compiler defines the accessor.
        property->method = true;
        property->text = accessor;
        property->kids.push_back(std::move(key));
        if (!Check(TokenKind::LParen)) UnexpectedToken();
        property->kids.push_back(ParseFunctionRest(pos, "", false, false));
      } else if (Check(TokenKind::LParen)) {
        std::string name = (!computed && key->kind == NodeKind::StringLit) ? key->text : "";
        property->method = true;
        property->kids.push_back(std::move(key));
        property->kids.push_back(ParseFunctionRest(pos, name, is_async, false, is_generator));
      } else if (is_async || is_generator) {
        UnexpectedToken();
      } else if (Match(TokenKind::Colon)) {
        property->kids.push_back(std::move(key));
        property->kids.push_back(ParseAssignment());
      } else {
        if (computed || key->kind != NodeKind::StringLit || !key->flag) UnexpectedToken();
        if (ReservedWords().count(key->text)) ErrorAtPos(key->pos, "Unexpected token '" + key->text + "'");
        // (`{ a = 1 }` is only valid when the literal turns out to be a pattern: `({ a = 1 } = obj)`.)
        FinishShorthandProperty(*property, std::move(key));
      }
      node->kids.push_back(Finish(std::move(property)));
    }
    if (!Check(TokenKind::RBrace)) Expect(TokenKind::Comma);
  }
  Expect(TokenKind::RBrace);
  return Finish(std::move(node));
}

void Parser::FinishShorthandProperty(Node& property, NodePtr key) {
  auto target = MakeNode(NodeKind::Identifier, key->pos);
  target->text = key->text;
  target->end = key->end;
  property.shorthand = true;
  property.kids.push_back(std::move(key));
  if (Match(TokenKind::Assign)) {
    auto with_default = MakeNode(NodeKind::AssignPattern, target->pos);
    with_default->kids.push_back(std::move(target));
    with_default->kids.push_back(ParseAssignment());
    property.kids.push_back(Finish(std::move(with_default)));
  } else {
    property.kids.push_back(std::move(target));
  }
}

NodePtr Parser::ParseTemplate(bool tagged) {
  auto node = MakeNode(NodeKind::TemplateLit, m_current.pos);
  while (true) {
    auto piece = MakeNode(NodeKind::StringLit, m_current.pos);
    piece->text = m_current.text;
    if (!m_current.escape_error.empty()) {
      if (!tagged) ErrorAt(m_current, m_current.escape_error);
      piece->flag = true;  // no cooked string
    }
    auto raw = MakeNode(NodeKind::StringLit, m_current.pos);
    raw->text = m_current.raw;
    piece->kids.push_back(std::move(raw));
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

void Parser::ParseTaggedTemplate(Node* call) {
  NodePtr literal = ParseTemplate(/*tagged=*/true);
  auto strings = MakeNode(NodeKind::TemplateObject, literal->pos);
  std::vector<NodePtr> substitutions;
  for (size_t i = 0; i < literal->kids.size(); ++i) {
    (i % 2 == 0 ? strings->kids : substitutions).push_back(std::move(literal->kids[i]));
  }
  strings->end = literal->end;
  call->kids.push_back(std::move(strings));
  for (NodePtr& substitution : substitutions) call->kids.push_back(std::move(substitution));
}

// A literal's pattern and flags are checked here, as V8 reports them: before the program runs.
NodePtr Parser::ParseRegExpLiteral() {
  std::string flags;
  m_current = m_lexer.RescanRegex(m_current, &flags);
  if (m_current.kind == TokenKind::Error) {
    Token bad = m_current;
    ErrorAt(bad, bad.text);
  }
  auto node = MakeNode(NodeKind::RegExpLit, m_current.pos);
  node->text = m_current.text;
  auto flags_node = MakeNode(NodeKind::StringLit, m_current.pos);
  flags_node->text = flags;
  node->kids.push_back(std::move(flags_node));
  int lre_flags = 0;
  std::string error;
  if (!ParseRegExpFlags(flags, &lre_flags, &error)) ErrorAt(m_current, "Invalid regular expression flags");
  CompiledRegExp compiled = CompileRegExp(node->text, lre_flags);
  if (!compiled.error.empty()) {
    // V8 underlines the whole literal.
    if (!m_panic) {
      m_diagnostics.push_back({DiagnosticKind::SyntaxError, m_file, m_current.pos.line, m_current.pos.col,
                               "Invalid regular expression: /" + node->text + "/" + flags + ": " + compiled.error,
                               m_current.end.col - m_current.pos.col});
      m_panic = true;
    }
    throw ParseError{};
  }
  Advance();
  return Finish(std::move(node));
}

NodePtr Parser::ParsePrimary() {
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
    case TokenKind::SlashAssign: return ParseRegExpLiteral();
    case TokenKind::PrivateName: {
      // Only `#x in obj` uses a #name on its own.
      const Token next = PeekNext();
      if (next.kind != TokenKind::Identifier || next.text != "in") UnexpectedToken();
      return PrivateNameReference();
    }
    case TokenKind::Identifier: break;
    default: UnexpectedToken();
  }
  const std::string word = m_current.text;
  if (!m_current.escaped) {
    if (word == "function") {
      Advance();
      const bool is_generator = MatchGeneratorStar();
      std::string name;
      if (Check(TokenKind::Identifier)) name = ParseBindingIdentifier()->text;
      return ParseFunctionRest(pos, name, false, false, is_generator);
    }
    if (word == "async") {
      Token next = PeekNext();
      if (next.kind == TokenKind::Identifier && next.text == "function" && !next.newline_before) {
        Advance();
        Advance();
        const bool is_generator = MatchGeneratorStar();
        std::string name;
        if (Check(TokenKind::Identifier)) name = ParseBindingIdentifier()->text;
        return ParseFunctionRest(pos, name, true, false, is_generator);
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
    if (word == "class") return ParseClassExpression(pos);
    if (word == "super") return ParseSuper();
    if (word == "import") ErrorAt(m_current, Unsupported("import and export are") + " (use require)", DiagnosticKind::Unsupported);
    if (ReservedWords().count(word)) UnexpectedToken();
  }
  auto node = MakeNode(NodeKind::Identifier, pos);
  node->text = word;
  Advance();
  return Finish(std::move(node));
}

}  // namespace th::detail
