// Scope analysis: for every function, lambda, comprehension and class body, decide whether each
// name is a fast local, a cell (captured by an inner function), a free variable (captured from an
// enclosing function), or a global — with Python's rules (assignment makes a name local unless it
// is declared global/nonlocal; class bodies are skipped when inner functions look outward).
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/ast.h"
#include "core/engine.h"

namespace looplab {

enum class NameScope : uint8_t { Local, Cell, Free, GlobalExplicit, GlobalImplicit };

struct Scope {
  enum class Type : uint8_t { Module, Function, Class, Comprehension };
  Type type = Type::Module;
  std::string name;
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;
  bool is_async = false;
  bool is_generator = false;
  bool is_lambda = false;
  bool uses_class_cell = false;  // a method that calls super() or reads __class__
  bool needs_class_cell = false;  // a class body some method's super() refers to

  // Gathered while walking the body.
  std::vector<std::string> params;  // in order: positional, keyword-only, *args, **kwargs
  std::unordered_map<std::string, unsigned> flags;
  std::vector<std::string> order;  // names in first-seen order (deterministic local numbering)
  std::map<std::string, ast::Span> nonlocal_at;  // where each `nonlocal` name was declared

  // Resolved after the walk.
  std::unordered_map<std::string, NameScope> resolved;
  std::vector<std::string> cellvars;  // sorted like CPython (alphabetically)
  std::vector<std::string> freevars;

  NameScope scope_of(const std::string& name) const;
  bool is_function_like() const { return type == Type::Function || type == Type::Comprehension; }
};

// CPython's private name mangling (_Py_Mangle): inside a class body, and in functions nested in
// it, an identifier `__x` (not a dunder, no dot) becomes `_Class__x`, leading underscores of the
// class name stripped. `scope` is the scope the name appears in.
std::string mangle(const Scope* scope, const std::string& name);

struct SymbolTable {
  std::unique_ptr<Scope> module;
  std::unordered_map<const void*, Scope*> by_node;  // FunctionDef/Lambda/ClassDef/Comp -> Scope
  Scope* scope_for(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
  }
};

// Returns the table, or a SyntaxError (e.g. "no binding for nonlocal 'x' found").
struct SymtableResult {
  SymbolTable table;
  std::optional<Diagnostic> error;
};
SymtableResult build_symtable(const ast::Module& module, const std::string& path);

}  // namespace looplab
