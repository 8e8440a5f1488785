#pragma once
// The syntax tree. One node type with a kind keeps the parser, resolver, compiler and dumper
// short; the layout of `kids` for each kind is documented beside it in TH_NODE_LIST.
#include <memory>
#include <string>
#include <vector>

#include "lang/diagnostic.h"
#include "lang/token.h"

namespace th {

// X(name, layout of kids)
#define TH_NODE_LIST(X)                                                                  \
  X(Program, "statements")                                                               \
  X(NumberLit, "-; number")                                                              \
  X(StringLit, "-; text")                                                                \
  X(TemplateLit, "string, expr, string, ..., string")                                    \
  X(TemplateObject, "a tag's strings: StringLit cooked (flag: undefined) with kid raw")   \
  X(RegExpLit, "flags (StringLit); text = pattern")                                     \
  X(Identifier, "-; text = name")                                                        \
  X(This, "-")                                                                           \
  X(NullLit, "-")                                                                        \
  X(TrueLit, "-")                                                                        \
  X(FalseLit, "-")                                                                       \
  X(ArrayLit, "elements (Hole, Spread or expression)")                                   \
  X(ObjectLit, "Property or Spread")                                                     \
  X(Property, "key, value; flags computed/shorthand/method")                              \
  X(Hole, "- (array elision)")                                                           \
  X(Spread, "argument")                                                                  \
  X(Function, "params..., body; see FunctionInfo")                                       \
  X(Unary, "operand; op")                                                                \
  X(Update, "target; op ++/--, prefix flag")                                              \
  X(Binary, "left, right; op")                                                           \
  X(Logical, "left, right; op &&, ||, ??")                                                \
  X(Assign, "target, value; op = or compound")                                           \
  X(Conditional, "test, then, else")                                                     \
  X(Call, "callee, args...; optional flag for ?.()")                                     \
  X(New, "callee, args...")                                                              \
  X(Member, "object; text = property name; optional flag")                               \
  X(Index, "object, key; optional flag")                                                 \
  X(Sequence, "expressions")                                                             \
  X(Await, "argument")                                                                   \
  X(Yield, "argument (or null); flag = yield* (delegates to an iterable)")               \
  X(OptionalChain, "chain (the expression a ?. short-circuits out of)")                  \
  X(ArrayPattern, "elements (Hole, Rest, pattern or AssignPattern)")                     \
  X(ObjectPattern, "Property (value = pattern) or Rest")                                 \
  X(AssignPattern, "target, default")                                                    \
  X(Rest, "target")                                                                      \
  X(VarDecl, "Declarator...; op = let/const/var as text")                                \
  X(Declarator, "target, init (or null)")                                                \
  X(Return, "value (or null)")                                                           \
  X(If, "test, then, else (or null)")                                                    \
  X(For, "init, test, update (each may be null), body")                                  \
  X(ForOf, "left (VarDecl or target), iterable, body")                                   \
  X(ForIn, "left (VarDecl or target), object, body")                                     \
  X(While, "test, body")                                                                 \
  X(DoWhile, "body, test")                                                               \
  X(Break, "-; text = label or empty")                                                   \
  X(Continue, "-; text = label or empty")                                                \
  X(Labeled, "statement; text = label")                                                  \
  X(Throw, "argument")                                                                   \
  X(Try, "block, catch param (or null), catch block (or null), finally block (or null)") \
  X(Switch, "discriminant, Case...")                                                     \
  X(Case, "test (null for default), statements...")                                      \
  X(Block, "statements")                                                                 \
  X(ExprStmt, "expression")                                                              \
  X(Empty, "-")                                                                          \
  X(Class, "heritage (or null), constructor Function, fields Function (or null), static "  \
           "fields Function (or null), PrivateNames (or null), method Property...; "      \
           "text = name")                                                                \
  X(PrivateNames, "Identifier...: a class's #names, each a constant bound to its symbol") \
  X(FieldDefine, "key (StringLit, or Identifier #name), value (or null): a field, in a "  \
                 "fields Function")                                                      \
  X(Super, "- (super.x, super[x], super(...))")

enum class NodeKind : uint8_t {
#define TH_NODE_ENUM(name, layout) name,
  TH_NODE_LIST(TH_NODE_ENUM)
#undef TH_NODE_ENUM
};

const char* NodeKindName(NodeKind kind);

struct FunctionInfo;
struct Node;
using NodePtr = std::unique_ptr<Node>;

// How a name was declared; decides hoisting, TDZ and assignability.
enum class VarKind : uint8_t {
  Var,       // `var`: function-scoped, starts undefined
  Let,       // `let`: block-scoped, temporal dead zone
  Const,     // `const`: like let, assignment throws
  Function,  // function declaration: hoisted with its value
  Param,     // a parameter
  Catch,     // a catch parameter
  SelfName,  // the name of a named function expression, visible inside it (read-only)
  This,      // the implicit `this` of a non-arrow function, when an arrow captures it
};

// One declared variable. The resolver creates them; the compiler gives each a slot.
struct Variable {
  std::string name;
  VarKind kind = VarKind::Var;
  FunctionInfo* owner = nullptr;
  bool captured = false;  // an inner function uses it, so it lives in a heap box
  int slot = -1;          // local slot in the owner's frame, assigned by the compiler
  bool NeedsTdz() const { return kind == VarKind::Let || kind == VarKind::Const; }
};

struct Node {
  NodeKind kind;
  SourcePos pos;            // first character
  SourcePos end;            // just past the last character
  SourcePos op_pos;         // Member/Index: where the property starts (error carets point there)
  TokenKind op = TokenKind::Eof;
  bool flag = false;        // prefix (Update), computed (Property), optional (Member/Index/Call)
  bool shorthand = false;   // Property: `{ a }`
  bool method = false;      // Property: `{ f() {} }`
  bool is_static = false;   // Property in a Class: a static method
  double number = 0;
  std::string text;
  std::vector<NodePtr> kids;
  // Filled by the resolver.
  Variable* var = nullptr;              // Identifier: what it refers to (null: a global)
  std::vector<Variable*> scope_vars;    // Block/For/Program/Switch/Catch...: lexical declarations
  std::unique_ptr<FunctionInfo> function;  // Function nodes

  Node(NodeKind k, SourcePos p) : kind(k), pos(p), end(p) {}
  Node* Kid(size_t i) const { return i < kids.size() ? kids[i].get() : nullptr; }
};

struct FunctionInfo {
  std::string name;        // "" for anonymous functions (the compiler may infer one)
  bool is_arrow = false;
  bool is_async = false;
  bool is_generator = false;        // `function*`: a call makes a generator object
  bool is_expression_body = false;  // `x => x + 1`
  bool is_declaration = false;
  bool is_program = false;
  bool uses_this = false;           // reads `this` (directly or through an arrow)
  // Classes: a method (super.x reaches its home object's prototype; not a constructor), a
  // class's constructor (only `new` may call it), one that extends another (`this` exists once
  // super(...) has returned), and whether its class has instance fields to define.
  bool is_method = false;
  bool is_class_constructor = false;
  bool is_derived = false;
  bool class_has_fields = false;
  bool is_static_block = false;     // only while a class's `static { ... }` parses
  std::vector<NodePtr> params;      // patterns; the last may be Rest
  NodePtr body;                     // Block, or an expression for concise arrows
  // Resolver results.
  FunctionInfo* parent = nullptr;
  std::vector<std::unique_ptr<Variable>> variables;  // everything declared in this function
  std::vector<Variable*> param_vars;                 // simple parameters, in order
  std::vector<Variable*> function_scope_vars;        // `var`s and top-level functions
  std::vector<Variable*> upvalues;                   // variables of outer functions it uses
  Variable* this_var = nullptr;                      // set when an arrow captures our `this`
  Variable* self_var = nullptr;                      // named function expression's own name
  Variable* arguments_var = nullptr;                 // set when the body uses `arguments`
  bool simple_params = true;                         // no patterns, defaults or rest
};

// Writes an indented outline of the tree (for tests and debugging).
std::string DumpAst(const Node& node);

}  // namespace th
