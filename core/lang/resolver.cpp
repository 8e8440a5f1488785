#include "lang/resolver.h"

#include <algorithm>
#include <unordered_map>

namespace th {

namespace {

struct Scope {
  FunctionInfo* function = nullptr;
  bool is_function_scope = false;
  std::unordered_map<std::string, Variable*> names;
  Node* node = nullptr;  // the node whose scope_vars receive lexical declarations
};

class Resolver {
 public:
  explicit Resolver(const std::string& file) : m_file(file) {}

  std::vector<Diagnostic> Run(Node& program) {
    FunctionInfo* info = program.function.get();
    PushScope(info, true, &program);
    for (const char* name : kModuleParams) {
      Variable* var = Declare(name, VarKind::Param, program.pos);
      info->param_vars.push_back(var);
    }
    HoistVars(program.kids, info);
    DeclareLexical(program.kids, &program);
    for (auto& statement : program.kids) Visit(statement.get());
    PopScope();
    return std::move(m_diagnostics);
  }

 private:
  void Error(SourcePos pos, const std::string& message, DiagnosticKind kind = DiagnosticKind::SyntaxError) {
    m_diagnostics.push_back({kind, m_file, pos.line, pos.col, message});
  }

  void PushScope(FunctionInfo* function, bool is_function_scope, Node* node) {
    m_scopes.push_back(Scope{function, is_function_scope, {}, node});
  }
  void PopScope() { m_scopes.pop_back(); }
  Scope& Current() { return m_scopes.back(); }

  Variable* NewVariable(const std::string& name, VarKind kind, FunctionInfo* owner) {
    auto var = std::make_unique<Variable>();
    var->name = name;
    var->kind = kind;
    var->owner = owner;
    Variable* raw = var.get();
    owner->variables.push_back(std::move(var));
    return raw;
  }

  // Declares `name` in the current scope, reporting a clash between lexical declarations.
  Variable* Declare(const std::string& name, VarKind kind, SourcePos pos) {
    Scope& scope = Current();
    auto found = scope.names.find(name);
    if (found != scope.names.end()) {
      Variable* existing = found->second;
      bool lexical = kind == VarKind::Let || kind == VarKind::Const;
      bool existing_lexical = existing->kind == VarKind::Let || existing->kind == VarKind::Const;
      if (lexical || existing_lexical || (kind == VarKind::Function && existing->kind == VarKind::Catch)) {
        Error(pos, "Identifier '" + name + "' has already been declared");
        return existing;
      }
      if (kind == VarKind::Function && existing->kind != VarKind::SelfName) {
        existing->kind = existing->kind == VarKind::Param ? VarKind::Param : VarKind::Function;
        return existing;
      }
      if (existing->kind != VarKind::SelfName) return existing;  // `var` again, or var over a param
    }
    Variable* var = NewVariable(name, kind, scope.function);
    scope.names[name] = var;
    if (kind == VarKind::Let || kind == VarKind::Const || (kind == VarKind::Function && !scope.is_function_scope)) {
      scope.node->scope_vars.push_back(var);
    }
    return var;
  }

  // `var` declarations anywhere in a function body (outside nested functions) belong to the
  // function scope; so do function declarations at its top level.
  void HoistVars(std::vector<NodePtr>& statements, FunctionInfo* info) {
    for (auto& statement : statements) HoistVarsIn(statement.get(), info);
    for (auto& statement : statements) {
      if (statement && statement->kind == NodeKind::Function && statement->function->is_declaration) {
        Variable* var = Declare(statement->text, VarKind::Function, statement->pos);
        statement->var = var;
        if (std::find(info->function_scope_vars.begin(), info->function_scope_vars.end(), var) ==
            info->function_scope_vars.end()) {
          info->function_scope_vars.push_back(var);
        }
      }
    }
  }

  void HoistVarsIn(Node* node, FunctionInfo* info) {
    if (!node) return;
    switch (node->kind) {
      case NodeKind::VarDecl:
        if (node->text == "var") {
          for (auto& declarator : node->kids) DeclarePatternVars(declarator->Kid(0), info);
        }
        return;
      case NodeKind::Function: return;  // its own scope
      case NodeKind::If: HoistVarsIn(node->Kid(1), info); HoistVarsIn(node->Kid(2), info); return;
      case NodeKind::For: HoistVarsIn(node->Kid(0), info); HoistVarsIn(node->Kid(3), info); return;
      case NodeKind::ForOf:
      case NodeKind::ForIn: HoistVarsIn(node->Kid(0), info); HoistVarsIn(node->Kid(2), info); return;
      case NodeKind::While: HoistVarsIn(node->Kid(1), info); return;
      case NodeKind::DoWhile: HoistVarsIn(node->Kid(0), info); return;
      case NodeKind::Try: HoistVarsIn(node->Kid(0), info); HoistVarsIn(node->Kid(2), info); HoistVarsIn(node->Kid(3), info); return;
      case NodeKind::Block:
      case NodeKind::Switch:
      case NodeKind::Case:
      case NodeKind::Labeled:
        for (auto& kid : node->kids) HoistVarsIn(kid.get(), info);
        return;
      default: return;
    }
  }

  void DeclarePatternVars(Node* pattern, FunctionInfo* info) {
    std::vector<Node*> names;
    CollectPatternNames(pattern, &names);
    for (Node* name : names) {
      Variable* var = Declare(name->text, VarKind::Var, name->pos);
      if (std::find(info->function_scope_vars.begin(), info->function_scope_vars.end(), var) ==
              info->function_scope_vars.end() &&
          var->kind == VarKind::Var) {
        info->function_scope_vars.push_back(var);
      }
    }
  }

  static void CollectPatternNames(Node* pattern, std::vector<Node*>* out) {
    if (!pattern) return;
    switch (pattern->kind) {
      case NodeKind::Identifier: out->push_back(pattern); return;
      case NodeKind::ArrayPattern:
        for (auto& kid : pattern->kids) CollectPatternNames(kid.get(), out);
        return;
      case NodeKind::ObjectPattern:
        for (auto& kid : pattern->kids) {
          CollectPatternNames(kid->kind == NodeKind::Rest ? kid->Kid(0) : kid->Kid(1), out);
        }
        return;
      case NodeKind::AssignPattern: CollectPatternNames(pattern->Kid(0), out); return;
      case NodeKind::Rest: CollectPatternNames(pattern->Kid(0), out); return;
      default: return;
    }
  }

  // let/const/function declarations of a statement list, declared up front (TDZ).
  void DeclareLexical(std::vector<NodePtr>& statements, Node* scope_node) {
    (void)scope_node;
    for (auto& statement : statements) {
      if (!statement) continue;
      if (statement->kind == NodeKind::VarDecl && statement->text != "var") {
        VarKind kind = statement->text == "const" ? VarKind::Const : VarKind::Let;
        for (auto& declarator : statement->kids) {
          std::vector<Node*> names;
          CollectPatternNames(declarator->Kid(0), &names);
          for (Node* name : names) Declare(name->text, kind, name->pos);
        }
      } else if (statement->kind == NodeKind::Function && statement->function->is_declaration &&
                 !Current().is_function_scope) {
        statement->var = Declare(statement->text, VarKind::Function, statement->pos);
      }
    }
  }

  Variable* Lookup(const std::string& name) {
    for (auto it = m_scopes.rbegin(); it != m_scopes.rend(); ++it) {
      auto found = it->names.find(name);
      if (found != it->names.end()) return found->second;
    }
    return nullptr;
  }

  // Marks `var` as used from the current function, threading it through every function in
  // between so each closure can hand the box down to the next.
  void Capture(Variable* var) {
    FunctionInfo* function = Current().function;
    if (var->owner == function) return;
    var->captured = true;
    for (FunctionInfo* f = function; f && f != var->owner; f = f->parent) {
      if (std::find(f->upvalues.begin(), f->upvalues.end(), var) == f->upvalues.end()) f->upvalues.push_back(var);
    }
  }

  void Reference(Node* identifier) {
    Variable* var = Lookup(identifier->text);
    identifier->var = var;
    if (var) {
      Capture(var);
      return;
    }
    const std::string& name = identifier->text;
    if (name[0] == '#') {
      Error(identifier->pos, "Private field '" + name + "' must be declared in an enclosing class");
    } else if (name == "Proxy" || name == "Reflect" || name == "WeakRef" || name == "FinalizationRegistry") {
      Error(identifier->pos, name + " is not supported in Threadhouse yet", DiagnosticKind::Unsupported);
    } else if (name == "arguments") {
      FunctionInfo* target = Current().function;
      while (target->is_arrow && target->parent) target = target->parent;
      if (!target->is_program) {
        if (!target->arguments_var) target->arguments_var = NewVariable("arguments", VarKind::Var, target);
        identifier->var = target->arguments_var;
        Capture(target->arguments_var);
      }
    } else if (name == "eval") {
      Error(identifier->pos, "eval is not supported in Threadhouse yet", DiagnosticKind::Unsupported);
    }
  }

  void VisitThis(Node* node) {
    (void)node;
    FunctionInfo* function = Current().function;
    FunctionInfo* target = function;
    while (target->is_arrow && target->parent) target = target->parent;
    target->uses_this = true;
    if (target == function) return;
    if (!target->this_var) {
      target->this_var = NewVariable("this", VarKind::This, target);
    }
    Capture(target->this_var);
  }

  void VisitPattern(Node* pattern) {
    if (!pattern) return;
    switch (pattern->kind) {
      case NodeKind::Identifier: Reference(pattern); return;
      case NodeKind::ArrayPattern:
        for (auto& kid : pattern->kids) VisitPattern(kid.get());
        return;
      case NodeKind::ObjectPattern:
        for (auto& kid : pattern->kids) {
          if (kid->kind == NodeKind::Rest) {
            VisitPattern(kid->Kid(0));
          } else {
            if (kid->flag) Visit(kid->Kid(0));
            VisitPattern(kid->Kid(1));
          }
        }
        return;
      case NodeKind::AssignPattern:
        VisitPattern(pattern->Kid(0));
        Visit(pattern->Kid(1));
        return;
      case NodeKind::Rest: VisitPattern(pattern->Kid(0)); return;
      default: Visit(pattern); return;  // member targets in assignment patterns
    }
  }

  void VisitFunction(Node* node) {
    FunctionInfo* info = node->function.get();
    info->parent = Current().function;
    PushScope(info, true, node);
    if (!info->is_declaration && !info->name.empty() && !info->is_arrow) {
      info->self_var = Declare(info->name, VarKind::SelfName, node->pos);
    }
    for (auto& param : info->params) {
      if (param->kind != NodeKind::Identifier) info->simple_params = false;
      std::vector<Node*> names;
      CollectPatternNames(param.get(), &names);
      for (Node* name : names) {
        auto found = Current().names.find(name->text);
        if (found != Current().names.end() && found->second->kind == VarKind::Param && !info->simple_params) {
          Error(name->pos, "Duplicate parameter name not allowed in this context");
        }
        Variable* var = NewVariable(name->text, VarKind::Param, info);
        Current().names[name->text] = var;
      }
    }
    // Simple parameters are declared in order so slot i holds argument i.
    for (auto& param : info->params) {
      if (param->kind == NodeKind::Identifier) {
        info->param_vars.push_back(Current().names[param->text]);
      } else {
        info->param_vars.push_back(nullptr);
      }
    }
    for (auto& param : info->params) VisitPattern(param.get());
    if (info->is_expression_body) {
      Visit(info->body.get());
    } else {
      HoistVars(info->body->kids, info);
      // The body's own let/const live in the function scope so they clash with parameters.
      DeclareLexical(info->body->kids, info->body.get());
      for (auto& statement : info->body->kids) Visit(statement.get());
    }
    PopScope();
  }

  // A class with #names is a scope of its own, where each is a constant (the compiler binds it to
  // a new private symbol before anything else of the class runs).
  void VisitClass(Node* klass) {
    Node* private_names = klass->Kid(4);
    if (!private_names) {
      for (auto& kid : klass->kids) Visit(kid.get());
      return;
    }
    PushScope(Current().function, false, klass);
    for (auto& name : private_names->kids) Declare(name->text, VarKind::Const, name->pos);
    for (size_t i = 0; i < klass->kids.size(); ++i) {
      if (i != 4) Visit(klass->kids[i].get());
    }
    PopScope();
  }

  void VisitBlock(Node* block) {
    PushScope(Current().function, false, block);
    DeclareLexical(block->kids, block);
    for (auto& statement : block->kids) Visit(statement.get());
    PopScope();
  }

  void Visit(Node* node) {
    if (!node) return;
    switch (node->kind) {
      case NodeKind::Identifier: Reference(node); return;
      case NodeKind::This: VisitThis(node); return;
      case NodeKind::Function:
        VisitFunction(node);
        return;
      case NodeKind::Block: VisitBlock(node); return;
      case NodeKind::Class: VisitClass(node); return;
      case NodeKind::VarDecl:
        for (auto& declarator : node->kids) {
          VisitPattern(declarator->Kid(0));
          Visit(declarator->Kid(1));
        }
        return;
      case NodeKind::Property:
        if (node->flag) Visit(node->Kid(0));
        Visit(node->Kid(1));
        return;
      case NodeKind::Assign:
        VisitPattern(node->Kid(0));
        Visit(node->Kid(1));
        return;
      case NodeKind::ArrayPattern:
      case NodeKind::ObjectPattern:
      case NodeKind::AssignPattern: VisitPattern(node); return;
      case NodeKind::For: {
        PushScope(Current().function, false, node);
        if (node->Kid(0) && node->Kid(0)->kind == NodeKind::VarDecl) {
          std::vector<NodePtr> init;
          init.push_back(std::move(node->kids[0]));
          DeclareLexical(init, node);
          node->kids[0] = std::move(init[0]);
        }
        for (auto& kid : node->kids) Visit(kid.get());
        PopScope();
        return;
      }
      case NodeKind::ForOf:
      case NodeKind::ForIn: {
        Visit(node->Kid(1));  // the iterable is evaluated outside the loop's scope
        PushScope(Current().function, false, node);
        if (node->Kid(0)->kind == NodeKind::VarDecl) {
          std::vector<NodePtr> init;
          init.push_back(std::move(node->kids[0]));
          DeclareLexical(init, node);
          node->kids[0] = std::move(init[0]);
        }
        Visit(node->Kid(0));
        Visit(node->Kid(2));
        PopScope();
        return;
      }
      case NodeKind::Try: {
        Visit(node->Kid(0));
        if (node->Kid(2)) {
          // The catch parameter has its own scope around the catch block.
          PushScope(Current().function, false, node);
          if (node->Kid(1)) {
            std::vector<Node*> names;
            CollectPatternNames(node->Kid(1), &names);
            for (Node* name : names) {
              Variable* var = Declare(name->text, VarKind::Catch, name->pos);
              node->scope_vars.push_back(var);
            }
            VisitPattern(node->Kid(1));
          }
          Visit(node->Kid(2));
          PopScope();
        }
        Visit(node->Kid(3));
        return;
      }
      case NodeKind::Switch: {
        Visit(node->Kid(0));
        PushScope(Current().function, false, node);
        std::vector<NodePtr> all;
        for (size_t i = 1; i < node->kids.size(); ++i) {
          Node* clause = node->kids[i].get();
          for (size_t j = 1; j < clause->kids.size(); ++j) all.push_back(std::move(clause->kids[j]));
        }
        DeclareLexical(all, node);
        size_t k = 0;
        for (size_t i = 1; i < node->kids.size(); ++i) {
          Node* clause = node->kids[i].get();
          for (size_t j = 1; j < clause->kids.size(); ++j) clause->kids[j] = std::move(all[k++]);
        }
        for (size_t i = 1; i < node->kids.size(); ++i) {
          for (auto& kid : node->kids[i]->kids) Visit(kid.get());
        }
        PopScope();
        return;
      }
      default:
        for (auto& kid : node->kids) Visit(kid.get());
        return;
    }
  }

  std::string m_file;
  std::vector<Scope> m_scopes;
  std::vector<Diagnostic> m_diagnostics;
};

}  // namespace

std::vector<Diagnostic> Resolve(Node& program, const std::string& file) {
  Resolver resolver(file);
  return resolver.Run(program);
}

}  // namespace th
