#include "core/symtable.h"

#include <algorithm>
#include <set>

namespace looplab {
namespace {

enum : unsigned {
  DEF_LOCAL = 1,
  DEF_PARAM = 2,
  DEF_GLOBAL = 4,
  DEF_NONLOCAL = 8,
  USE = 16,
  // A walrus inside a comprehension binds in the enclosing function; inside the comprehension
  // the name then behaves like a nonlocal (CPython's DEF_COMP_ITER / implicit nonlocal).
  DEF_COMP_NONLOCAL = 32,
};

struct SymtableError {
  Diagnostic diag;
};

class Builder {
 public:
  Builder(SymbolTable& table, const std::string& path) : table_(table), path_(path) {}

  void build(const ast::Module& module) {
    table_.module = std::make_unique<Scope>();
    table_.module->type = Scope::Type::Module;
    table_.module->name = "<module>";
    current_ = table_.module.get();
    for (auto& s : module.body) visit_stmt(*s);
  }

 private:
  [[noreturn]] void fail(const ast::Span& at, const std::string& message) {
    Diagnostic d;
    d.file = path_;
    d.line = at.line;
    d.col = at.col + 1;
    d.kind = "SyntaxError";
    d.message = message;
    throw SymtableError{d};
  }

  void add(const std::string& raw_name, unsigned flag, const ast::Span& at) {
    std::string name = mangle(current_, raw_name);
    auto [it, inserted] = current_->flags.emplace(name, 0u);
    if (inserted) current_->order.push_back(name);
    unsigned old = it->second;
    if ((flag & (DEF_GLOBAL | DEF_NONLOCAL)) && (old & (USE | DEF_LOCAL | DEF_PARAM)) &&
        !(old & (DEF_GLOBAL | DEF_NONLOCAL))) {
      const char* what = (flag & DEF_GLOBAL) ? "global" : "nonlocal";
      if (old & DEF_PARAM) fail(at, "name '" + name + "' is parameter and " + what);
      if (old & USE)
        fail(at, "name '" + name + "' is used prior to " + what + " declaration");
      fail(at, "name '" + name + "' is assigned to before " + what + " declaration");
    }
    if ((flag & DEF_PARAM) && (old & DEF_PARAM))
      fail(at, "duplicate argument '" + name + "' in function definition");
    it->second = old | flag;
  }

  Scope* push(Scope::Type type, const std::string& name, const void* node) {
    auto scope = std::make_unique<Scope>();
    scope->type = type;
    scope->name = name;
    scope->parent = current_;
    Scope* raw = scope.get();
    current_->children.push_back(std::move(scope));
    table_.by_node[node] = raw;
    current_ = raw;
    return raw;
  }
  void pop() { current_ = current_->parent; }

  void visit_params(const ast::Arguments& a) {
    auto param = [&](const ast::Arg& arg) {
      add(arg.name, DEF_PARAM | DEF_LOCAL, arg.span);
      current_->params.push_back(mangle(current_, arg.name));
    };
    // CPython's co_varnames order: positional, keyword-only, then *args and **kwargs.
    for (auto& p : a.posonlyargs) param(p);
    for (auto& p : a.args) param(p);
    for (auto& p : a.kwonlyargs) param(p);
    if (a.vararg) param(*a.vararg);
    if (a.kwarg) param(*a.kwarg);
  }

  void visit_defaults(const ast::Arguments& a) {
    for (auto& d : a.defaults) visit_expr(*d);
    for (auto& d : a.kw_defaults)
      if (d) visit_expr(*d);
  }

  void visit_body(const ast::StmtList& body) {
    for (auto& s : body) visit_stmt(*s);
  }

  void visit_stmt(const ast::Stmt& s) {
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::FunctionDef: {
        auto& f = static_cast<const ast::FunctionDef&>(s);
        for (auto& d : f.decorators) visit_expr(*d);
        visit_defaults(f.args);
        add(f.name, DEF_LOCAL, f.name_span);
        Scope* scope = push(Scope::Type::Function, f.name, &f);
        scope->is_async = f.is_async;
        visit_params(f.args);
        visit_body(f.body);
        pop();
        break;
      }
      case K::ClassDef: {
        auto& c = static_cast<const ast::ClassDef&>(s);
        for (auto& d : c.decorators) visit_expr(*d);
        for (auto& b : c.bases) visit_expr(*b);
        for (auto& k : c.keywords) visit_expr(*k.value);
        add(c.name, DEF_LOCAL, c.name_span);
        push(Scope::Type::Class, c.name, &c);
        visit_body(c.body);
        pop();
        break;
      }
      case K::Return: {
        auto& r = static_cast<const ast::Return&>(s);
        if (r.value) visit_expr(*r.value);
        break;
      }
      case K::Delete:
        for (auto& t : static_cast<const ast::Delete&>(s).targets) visit_expr(*t);
        break;
      case K::Assign: {
        auto& a = static_cast<const ast::Assign&>(s);
        visit_expr(*a.value);
        for (auto& t : a.targets) visit_expr(*t);
        break;
      }
      case K::AugAssign: {
        auto& a = static_cast<const ast::AugAssign&>(s);
        visit_expr(*a.value);
        visit_expr(*a.target);
        if (a.target->kind == ast::ExprKind::Name)  // x += 1 also reads x
          add(static_cast<const ast::Name&>(*a.target).id, USE, a.target->span);
        break;
      }
      case K::AnnAssign: {
        auto& a = static_cast<const ast::AnnAssign&>(s);
        if (a.value) visit_expr(*a.value);
        if (a.value || a.target->kind != ast::ExprKind::Name) visit_expr(*a.target);
        else add(static_cast<const ast::Name&>(*a.target).id, DEF_LOCAL, a.target->span);
        break;
      }
      case K::For: {
        auto& f = static_cast<const ast::For&>(s);
        visit_expr(*f.iter);
        visit_expr(*f.target);
        visit_body(f.body);
        visit_body(f.orelse);
        break;
      }
      case K::While: {
        auto& w = static_cast<const ast::While&>(s);
        visit_expr(*w.test);
        visit_body(w.body);
        visit_body(w.orelse);
        break;
      }
      case K::If: {
        auto& i = static_cast<const ast::If&>(s);
        visit_expr(*i.test);
        visit_body(i.body);
        visit_body(i.orelse);
        break;
      }
      case K::With: {
        auto& w = static_cast<const ast::With&>(s);
        for (auto& item : w.items) {
          visit_expr(*item.context_expr);
          if (item.optional_vars) visit_expr(*item.optional_vars);
        }
        visit_body(w.body);
        break;
      }
      case K::Raise: {
        auto& r = static_cast<const ast::Raise&>(s);
        if (r.exc) visit_expr(*r.exc);
        if (r.cause) visit_expr(*r.cause);
        break;
      }
      case K::Try: {
        auto& t = static_cast<const ast::Try&>(s);
        visit_body(t.body);
        for (auto& h : t.handlers) {
          if (h.type) visit_expr(*h.type);
          if (!h.name.empty()) add(h.name, DEF_LOCAL, h.span);
          visit_body(h.body);
        }
        visit_body(t.orelse);
        visit_body(t.finalbody);
        break;
      }
      case K::Assert: {
        auto& a = static_cast<const ast::Assert&>(s);
        visit_expr(*a.test);
        if (a.msg) visit_expr(*a.msg);
        break;
      }
      case K::Import:
        for (auto& a : static_cast<const ast::Import&>(s).names) {
          std::string bound = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
          add(bound, DEF_LOCAL, a.span);
        }
        break;
      case K::ImportFrom:
        for (auto& a : static_cast<const ast::ImportFrom&>(s).names)
          if (a.name != "*") add(a.asname.empty() ? a.name : a.asname, DEF_LOCAL, a.span);
        break;
      case K::Global:
        for (auto& n : static_cast<const ast::Global&>(s).names) add(n, DEF_GLOBAL, s.span);
        break;
      case K::Nonlocal:
        if (current_->type == Scope::Type::Module)
          fail(s.span, "nonlocal declaration not allowed at module level");
        for (auto& n : static_cast<const ast::Nonlocal&>(s).names) {
          add(n, DEF_NONLOCAL, s.span);
          current_->nonlocal_at.emplace(n, s.span);
        }
        break;
      case K::ExprStmt:
        visit_expr(*static_cast<const ast::ExprStmt&>(s).value);
        break;
      case K::Pass:
      case K::Break:
      case K::Continue:
        break;
    }
  }

  void visit_comprehension(const ast::Comp& c) {
    // The first iterable is evaluated in the enclosing scope; everything else inside.
    visit_expr(*c.generators[0].iter);
    const char* name = c.kind == ast::ExprKind::ListComp  ? "<listcomp>"
                       : c.kind == ast::ExprKind::SetComp ? "<setcomp>"
                       : c.kind == ast::ExprKind::DictComp ? "<dictcomp>"
                                                          : "<genexpr>";
    Scope* scope = push(Scope::Type::Comprehension, name, &c);
    scope->params.push_back(".0");
    add(".0", DEF_PARAM | DEF_LOCAL, c.span);
    if (c.kind == ast::ExprKind::GeneratorExp) scope->is_generator = true;
    for (size_t i = 0; i < c.generators.size(); ++i) {
      auto& g = c.generators[i];
      if (i > 0) visit_expr(*g.iter);
      visit_expr(*g.target);
      for (auto& cond : g.ifs) visit_expr(*cond);
      if (g.is_async) scope->is_async = true;
    }
    if (c.elt) visit_expr(*c.elt);
    if (c.key) visit_expr(*c.key);
    if (c.value) visit_expr(*c.value);
    pop();
    // An asynchronous list/set/dict comprehension is awaited where it stands, so a comprehension
    // around it becomes asynchronous too (CPython's symtable_handle_comprehension).
    bool awaited_here = scope->is_async && c.kind != ast::ExprKind::GeneratorExp;
    if (awaited_here && current_->type == Scope::Type::Comprehension) current_->is_async = true;
  }

  void visit_exprs(const ast::ExprList& list) {
    for (auto& e : list)
      if (e) visit_expr(*e);
  }

  void visit_expr(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::Name: {
        auto& n = static_cast<const ast::Name&>(e);
        add(n.id, n.ctx == ast::Ctx::Load ? USE : DEF_LOCAL, e.span);
        if (n.id == "__class__" && n.ctx == ast::Ctx::Load) current_->uses_class_cell = true;
        break;
      }
      case K::Constant:
        break;
      case K::JoinedStr:
        visit_exprs(static_cast<const ast::JoinedStr&>(e).values);
        break;
      case K::FormattedValue: {
        auto& f = static_cast<const ast::FormattedValue&>(e);
        visit_expr(*f.value);
        if (f.format_spec) visit_expr(*f.format_spec);
        break;
      }
      case K::BinOp: {
        auto& b = static_cast<const ast::BinOp&>(e);
        visit_expr(*b.left);
        visit_expr(*b.right);
        break;
      }
      case K::UnaryOp:
        visit_expr(*static_cast<const ast::UnaryOp&>(e).operand);
        break;
      case K::BoolOp:
        visit_exprs(static_cast<const ast::BoolOp&>(e).values);
        break;
      case K::Compare: {
        auto& c = static_cast<const ast::Compare&>(e);
        visit_expr(*c.left);
        visit_exprs(c.comparators);
        break;
      }
      case K::Call: {
        auto& c = static_cast<const ast::Call&>(e);
        visit_expr(*c.func);
        visit_exprs(c.args);
        for (auto& k : c.keywords) visit_expr(*k.value);
        // Zero-argument super() needs the class the method was defined in (CPython's
        // implicit __class__ cell).
        if (c.func->kind == K::Name && static_cast<const ast::Name&>(*c.func).id == "super" &&
            c.args.empty() && c.keywords.empty()) {
          current_->uses_class_cell = true;
        }
        break;
      }
      case K::Attribute:
        visit_expr(*static_cast<const ast::Attribute&>(e).value);
        break;
      case K::Subscript: {
        auto& s = static_cast<const ast::Subscript&>(e);
        visit_expr(*s.value);
        visit_expr(*s.index);
        break;
      }
      case K::Slice: {
        auto& s = static_cast<const ast::Slice&>(e);
        if (s.lower) visit_expr(*s.lower);
        if (s.upper) visit_expr(*s.upper);
        if (s.step) visit_expr(*s.step);
        break;
      }
      case K::Starred:
        visit_expr(*static_cast<const ast::Starred&>(e).value);
        break;
      case K::List:
        visit_exprs(static_cast<const ast::List&>(e).elts);
        break;
      case K::Tuple:
        visit_exprs(static_cast<const ast::Tuple&>(e).elts);
        break;
      case K::Set:
        visit_exprs(static_cast<const ast::Set&>(e).elts);
        break;
      case K::Dict: {
        auto& d = static_cast<const ast::Dict&>(e);
        visit_exprs(d.keys);
        visit_exprs(d.values);
        break;
      }
      case K::IfExp: {
        auto& i = static_cast<const ast::IfExp&>(e);
        visit_expr(*i.test);
        visit_expr(*i.body);
        visit_expr(*i.orelse);
        break;
      }
      case K::Lambda: {
        auto& l = static_cast<const ast::Lambda&>(e);
        visit_defaults(l.args);
        Scope* scope = push(Scope::Type::Function, "<lambda>", &l);
        scope->is_lambda = true;
        visit_params(l.args);
        visit_expr(*l.body);
        pop();
        break;
      }
      case K::NamedExpr: {
        auto& n = static_cast<const ast::NamedExpr&>(e);
        visit_expr(*n.value);
        auto& target = static_cast<const ast::Name&>(*n.target);
        if (current_->type == Scope::Type::Comprehension) {
          // Bind in the nearest enclosing scope that is not a comprehension.
          Scope* comp = current_;
          add(target.id, DEF_COMP_NONLOCAL, target.span);
          Scope* outer = current_->parent;
          while (outer->type == Scope::Type::Comprehension) outer = outer->parent;
          if (outer->type == Scope::Type::Class)
            fail(e.span,
                 "assignment expression within a comprehension cannot be used in a class body");
          current_ = outer;
          add(target.id, DEF_LOCAL, target.span);
          current_ = comp;
        } else {
          visit_expr(*n.target);
        }
        break;
      }
      case K::ListComp:
      case K::SetComp:
      case K::DictComp:
      case K::GeneratorExp:
        visit_comprehension(static_cast<const ast::Comp&>(e));
        break;
      case K::Await:
        visit_expr(*static_cast<const ast::Await&>(e).value);
        // `await` inside a comprehension makes it an asynchronous comprehension (a coroutine).
        if (current_->type == Scope::Type::Comprehension) current_->is_async = true;
        break;
      case K::Yield: {
        auto& y = static_cast<const ast::Yield&>(e);
        if (y.value) visit_expr(*y.value);
        if (current_->is_function_like()) current_->is_generator = true;
        break;
      }
      case K::YieldFrom:
        visit_expr(*static_cast<const ast::YieldFrom&>(e).value);
        if (current_->is_function_like()) current_->is_generator = true;
        break;
    }
  }

  SymbolTable& table_;
  const std::string& path_;
  Scope* current_ = nullptr;
};

// Resolves every scope. `visible` holds the names bound in enclosing *function* scopes, which
// inner functions may capture. Returns the free names this scope needs from outside.
std::set<std::string> analyze(Scope& scope, const std::set<std::string>& visible,
                              const std::string& path) {
  std::set<std::string> free_needed;
  std::set<std::string> local_bound;
  bool function_like = scope.is_function_like();

  for (auto& name : scope.order) {
    unsigned f = scope.flags[name];
    NameScope result;
    if (scope.type == Scope::Type::Module) {
      result = NameScope::GlobalImplicit;
    } else if (f & DEF_GLOBAL) {
      result = NameScope::GlobalExplicit;
    } else if (f & (DEF_NONLOCAL | DEF_COMP_NONLOCAL)) {
      if (!visible.count(name)) {
        if (f & DEF_COMP_NONLOCAL) {
          result = NameScope::GlobalExplicit;  // walrus in a module-level comprehension
        } else {
          Diagnostic d;
          d.file = path;
          d.kind = "SyntaxError";
          d.message = "no binding for nonlocal '" + name + "' found";
          auto at = scope.nonlocal_at.find(name);
          if (at != scope.nonlocal_at.end()) {
            d.line = at->second.line;
            d.col = at->second.col + 1;
          }
          throw SymtableError{d};
        }
      } else {
        result = NameScope::Free;
        free_needed.insert(name);
      }
    } else if (f & (DEF_LOCAL | DEF_PARAM)) {
      result = NameScope::Local;
      local_bound.insert(name);
    } else if (function_like && visible.count(name)) {
      result = NameScope::Free;
      free_needed.insert(name);
    } else if (scope.type == Scope::Type::Class && visible.count(name)) {
      // A class body reading an enclosing function's variable (LOAD_CLASSDEREF).
      result = NameScope::Free;
      free_needed.insert(name);
    } else {
      result = NameScope::GlobalImplicit;
    }
    scope.resolved[name] = result;
  }

  std::set<std::string> child_visible;
  if (function_like) {
    child_visible = visible;
    for (auto& n : local_bound) child_visible.insert(n);
    for (auto& n : free_needed) child_visible.insert(n);
  } else if (scope.type == Scope::Type::Class) {
    child_visible = visible;  // methods do not see class-level names
  }

  std::set<std::string> cells;
  for (auto& child : scope.children) {
    std::set<std::string> child_free = analyze(*child, child_visible, path);
    if (child->uses_class_cell && scope.type == Scope::Type::Class) scope.needs_class_cell = true;
    for (auto& name : child_free) {
      if (name == "__class__" && scope.type == Scope::Type::Class) continue;
      auto it = scope.resolved.find(name);
      if (function_like && it != scope.resolved.end() && it->second == NameScope::Local) {
        cells.insert(name);
      } else if (it == scope.resolved.end() || it->second == NameScope::GlobalImplicit ||
                 it->second == NameScope::Local) {
        // Passing through this scope (a class body, or a function that only relays it).
        if (scope.type != Scope::Type::Module) {
          free_needed.insert(name);
          if (it == scope.resolved.end()) {
            scope.resolved[name] = NameScope::Free;
            scope.order.push_back(name);
          }
        }
      }
    }
  }
  if (scope.uses_class_cell && function_like) {
    free_needed.insert("__class__");
    scope.resolved["__class__"] = NameScope::Free;
  }
  for (auto& name : cells) scope.resolved[name] = NameScope::Cell;
  scope.cellvars.assign(cells.begin(), cells.end());
  if (scope.needs_class_cell) scope.cellvars.push_back("__class__");
  scope.freevars.assign(free_needed.begin(), free_needed.end());
  // A method nested inside a class nested in a function relays __class__ no further.
  return free_needed;
}

}  // namespace

std::string mangle(const Scope* scope, const std::string& name) {
  if (name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
  if (name.compare(name.size() - 2, 2, "__") == 0 || name.find('.') != std::string::npos) return name;
  while (scope && scope->type != Scope::Type::Class) scope = scope->parent;
  if (!scope) return name;
  size_t start = scope->name.find_first_not_of('_');
  if (start == std::string::npos) return name;  // a class named only with underscores
  return "_" + scope->name.substr(start) + name;
}

NameScope Scope::scope_of(const std::string& name) const {
  auto it = resolved.find(name);
  if (it != resolved.end()) return it->second;
  return NameScope::GlobalImplicit;
}

SymtableResult build_symtable(const ast::Module& module, const std::string& path) {
  SymtableResult result;
  try {
    Builder(result.table, path).build(module);
    analyze(*result.table.module, {}, path);
  } catch (SymtableError& e) {
    result.error = e.diag;
  }
  return result;
}

}  // namespace looplab
