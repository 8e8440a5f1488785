// Classes: declarations and expressions, their constructor, methods and fields, and `super`.
//
// A class becomes one Class node: the constructor is a Function, every method a Property whose
// value is a Function, and the fields of each kind are gathered into one Function that defines
// them on `this` (as V8 does, named <instance_members_initializer>): the constructor calls it
// when `this` comes to exist, the class definition calls the static one on the class itself.
// Private #names are constants of the class's scope, each holding a symbol made when the class
// is: `this.#x` is `this[#x]` with that symbol, which no code outside the class can name.
#include "lang/parser_impl.h"

namespace th::detail {

namespace {

// `class C {}` without a constructor has the one the language gives: empty, or, in a class that
// extends another, `constructor(...args) { super(...args); }`.
NodePtr DefaultConstructor(SourcePos pos, const std::string& name, bool derived) {
  auto node = std::make_unique<Node>(NodeKind::Function, pos);
  auto info = std::make_unique<FunctionInfo>();
  info->name = name;
  info->is_method = info->is_class_constructor = true;
  info->is_derived = derived;
  info->body = std::make_unique<Node>(NodeKind::Block, pos);
  if (derived) {
    auto rest = std::make_unique<Node>(NodeKind::Rest, pos);
    auto args = std::make_unique<Node>(NodeKind::Identifier, pos);
    args->text = "args";
    rest->kids.push_back(std::move(args));
    info->params.push_back(std::move(rest));
    auto call = std::make_unique<Node>(NodeKind::Call, pos);
    call->kids.push_back(std::make_unique<Node>(NodeKind::Super, pos));
    auto spread = std::make_unique<Node>(NodeKind::Spread, pos);
    auto used = std::make_unique<Node>(NodeKind::Identifier, pos);
    used->text = "args";
    spread->kids.push_back(std::move(used));
    call->kids.push_back(std::move(spread));
    auto statement = std::make_unique<Node>(NodeKind::ExprStmt, pos);
    statement->kids.push_back(std::move(call));
    info->body->kids.push_back(std::move(statement));
  }
  node->function = std::move(info);
  return node;
}

// The function that defines a class's fields of one kind on `this`, in their order.
NodePtr FieldsFunction(SourcePos pos, std::vector<NodePtr> fields, bool is_static) {
  if (fields.empty()) return nullptr;
  auto node = std::make_unique<Node>(NodeKind::Function, pos);
  auto info = std::make_unique<FunctionInfo>();
  info->name = is_static ? "<static_initializer>" : "<instance_members_initializer>";
  info->is_method = true;
  info->body = std::make_unique<Node>(NodeKind::Block, pos);
  info->body->kids = std::move(fields);
  node->function = std::move(info);
  return node;
}

}  // namespace

NodePtr Parser::ParseClassDeclaration(SourcePos pos) {
  // `class C {}` binds C in its block as `let` does (with a temporal dead zone).
  Advance();  // `class`
  NodePtr name = ParseBindingIdentifier();
  auto declaration = MakeNode(NodeKind::VarDecl, pos);
  declaration->text = "let";
  auto declarator = MakeNode(NodeKind::Declarator, pos);
  NodePtr klass = ParseClassRest(pos, name->text);
  declarator->kids.push_back(std::move(name));
  declarator->kids.push_back(std::move(klass));
  declaration->kids.push_back(Finish(std::move(declarator)));
  return Finish(std::move(declaration));
}

NodePtr Parser::ParseClassExpression(SourcePos pos) {
  Advance();  // `class`
  std::string name;
  if (Check(TokenKind::Identifier) && !CheckWord("extends")) name = ParseBindingIdentifier()->text;
  return ParseClassRest(pos, name);
}

NodePtr Parser::ParseClassRest(SourcePos pos, const std::string& name) {
  auto node = MakeNode(NodeKind::Class, pos);
  node->text = name;
  NodePtr heritage;
  if (CheckWord("extends")) {
    Advance();
    heritage = ParseCallMember();
  }
  const bool derived = heritage != nullptr;
  NodePtr constructor;
  std::vector<NodePtr> methods;
  std::vector<NodePtr> fields;
  std::vector<NodePtr> static_fields;
  auto private_names = MakeNode(NodeKind::PrivateNames, pos);
  std::map<std::string, std::string> private_uses;  // #name -> "get", "set", "get+set" or "other"
  Expect(TokenKind::LBrace);
  while (!Check(TokenKind::RBrace) && !Check(TokenKind::Eof)) {
    if (Match(TokenKind::Semicolon)) continue;
    const SourcePos member_pos = m_current.pos;
    bool is_static = false;
    if (CheckWord("static")) {
      const Token next = PeekNext();
      if (next.kind != TokenKind::LParen && next.kind != TokenKind::Assign && next.kind != TokenKind::Semicolon &&
          next.kind != TokenKind::RBrace) {
        Advance();
        is_static = true;
      }
    }
    if (is_static && Check(TokenKind::LBrace)) {
      static_fields.push_back(ParseStaticBlock());
      continue;
    }
    bool is_generator = MatchGeneratorStar();
    const std::string accessor = is_generator ? std::string() : ParseAccessorWord();
    bool is_async = false;
    if (!is_generator && accessor.empty() && CheckWord("async")) {
      const Token next = PeekNext();
      if (!next.newline_before && next.kind != TokenKind::LParen && next.kind != TokenKind::Assign &&
          next.kind != TokenKind::Semicolon && next.kind != TokenKind::RBrace) {
        Advance();
        is_async = true;
        is_generator = MatchGeneratorStar();
      }
    }
    bool computed = false;
    NodePtr key;
    if (Check(TokenKind::PrivateName)) {
      key = PrivateNameReference();
      computed = true;
      DeclarePrivateName(private_names.get(), &private_uses, key.get(), accessor);
    } else {
      key = ParsePropertyKey(&computed);
    }
    const bool named = !computed && key->kind == NodeKind::StringLit;
    const bool is_private = key->kind == NodeKind::Identifier && key->text[0] == '#';
    if (!accessor.empty()) {
      if (!is_static && named && key->text == "constructor") ErrorAtPos(key->pos, "Class constructor may not be an accessor");
      if (!Check(TokenKind::LParen)) UnexpectedToken();
      auto method = MakeNode(NodeKind::Property, member_pos);
      method->method = true;
      method->is_static = is_static;
      method->flag = computed;
      method->text = accessor;
      method->kids.push_back(std::move(key));
      method->kids.push_back(ParseMethod(member_pos, "", false, false, false));
      methods.push_back(Finish(std::move(method)));
      continue;
    }
    if (Check(TokenKind::LParen)) {
      if (!is_static && named && key->text == "constructor") {
        if (constructor) ErrorAtPos(key->pos, "A class may only have one constructor");
        if (is_async) ErrorAtPos(key->pos, "Class constructor may not be an async method");
        if (is_generator) ErrorAtPos(key->pos, "Class constructor may not be a generator");
        constructor = ParseMethod(member_pos, name, false, true, derived);
        continue;
      }
      if (is_static && named && key->text == "prototype") {
        ErrorAtPos(key->pos, "Classes may not have a static property named 'prototype'");
      }
      auto method = MakeNode(NodeKind::Property, member_pos);
      method->method = true;
      method->is_static = is_static;
      method->flag = computed;
      const std::string method_name = named || is_private ? key->text : "";
      method->kids.push_back(std::move(key));
      method->kids.push_back(ParseMethod(member_pos, method_name, is_async, false, false, is_generator));
      methods.push_back(Finish(std::move(method)));
      continue;
    }
    // A field: `name = value;` or just `name;`.
    if (is_async || is_generator) UnexpectedToken();
    if (computed && !is_private) ErrorAt(m_previous, Unsupported("computed field names are"), DiagnosticKind::Unsupported);
    if (named && key->text == "constructor") ErrorAtPos(key->pos, "Classes may not have a field named 'constructor'");
    auto field = MakeNode(NodeKind::FieldDefine, member_pos);
    field->kids.push_back(std::move(key));
    if (Match(TokenKind::Assign)) {
      // The value is the fields function's, a method's (super.x works there).
      FunctionInfo initializer;
      initializer.is_method = true;
      initializer.parent = CurrentFunction();
      FunctionScope scope(*this, &initializer);
      field->kids.push_back(ParseAssignment());
    } else {
      field->kids.push_back(nullptr);
    }
    ConsumeSemicolon();
    (is_static ? static_fields : fields).push_back(Finish(std::move(field)));
  }
  Expect(TokenKind::RBrace);
  if (!constructor) constructor = DefaultConstructor(pos, name, derived);
  constructor->function->class_has_fields = !fields.empty();
  node->kids.push_back(std::move(heritage));
  node->kids.push_back(std::move(constructor));
  node->kids.push_back(FieldsFunction(pos, std::move(fields), false));
  node->kids.push_back(FieldsFunction(pos, std::move(static_fields), true));
  node->kids.push_back(private_names->kids.empty() ? nullptr : Finish(std::move(private_names)));
  for (NodePtr& method : methods) node->kids.push_back(std::move(method));
  return Finish(std::move(node));
}

// A #name declared by a class element: once, except that a getter and a setter may share one.
void Parser::DeclarePrivateName(Node* names, std::map<std::string, std::string>* uses, Node* key,
                                const std::string& accessor) {
  const std::string use = accessor.empty() ? "other" : accessor;
  auto [found, added] = uses->emplace(key->text, use);
  if (added) {
    auto declared = MakeNode(NodeKind::Identifier, key->pos);
    declared->text = key->text;
    names->kids.push_back(Finish(std::move(declared)));
    return;
  }
  const bool pair = (found->second == "get" && use == "set") || (found->second == "set" && use == "get");
  if (!pair) {
    ErrorAtPos(key->pos, "Identifier '" + key->text + "' has already been declared");
    return;
  }
  found->second = "get+set";
}

// `static { ... }` runs once, in order with the static fields, with `this` the class: its
// statements join theirs in the static initializer as a block of their own. While it parses it is
// a method's body of its own: `super.x` works, `return` does not, and loops and labels outside it
// are out of reach.
NodePtr Parser::ParseStaticBlock() {
  FunctionInfo block;
  block.is_method = true;
  block.is_static_block = true;
  block.parent = CurrentFunction();
  FunctionScope scope(*this, &block);
  return ParseBlockBody(NodeKind::Block);
}

// `super` is a method's: super.x reads its class's parent's prototype (or, in a static method,
// the parent class), and super(...) in a derived class's constructor runs the parent's.
NodePtr Parser::ParseSuper() {
  const Token keyword = m_current;
  const Token next = PeekNext();
  FunctionInfo* function = CurrentFunction();
  FunctionInfo* method = function;
  while (method->is_arrow && method->parent) method = method->parent;
  const bool call = next.kind == TokenKind::LParen;
  const bool property = next.kind == TokenKind::Dot || next.kind == TokenKind::LBracket;
  const bool allowed = call ? method->is_class_constructor && method->is_derived : property && method->is_method;
  if (!allowed) {
    ErrorAt(keyword, "'super' keyword unexpected here");
  } else if (function != method) {
    ErrorAt(keyword, Unsupported("'super' inside an arrow function is"), DiagnosticKind::Unsupported);
  }
  Advance();
  return Finish(MakeNode(NodeKind::Super, keyword.pos));
}

}  // namespace th::detail
