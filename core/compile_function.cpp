// Functions and classes: each body becomes a code object of its own, made into a function
// (with defaults and closure cells) or run as a class body.
#include "core/compiler_internal.h"

namespace looplab::codegen {

void Compiler::function_def(const ast::FunctionDef& f) {
  for (auto& d : f.decorators) expr(*d);
  Scope* scope = table_.scope_for(&f);
  int firstline = f.decorators.empty() ? f.span.line : f.decorators[0]->span.line;
  make_function(scope, f.name, f.args, firstline, f.span, [&] {
    // A docstring is not a line of its own.
    size_t start = 0;
    if (!f.body.empty() && f.body[0]->kind == ast::StmtKind::ExprStmt &&
        static_cast<const ast::ExprStmt&>(*f.body[0]).value->kind == ast::ExprKind::Constant &&
        static_cast<const ast::Constant&>(*static_cast<const ast::ExprStmt&>(*f.body[0]).value)
                .type == ast::Constant::Type::Str) {
      start = 1;
      unit().code->doc = new_str(
          static_cast<const ast::Constant&>(*static_cast<const ast::ExprStmt&>(*f.body[0]).value)
              .str_value);
    }
    for (size_t i = start; i < f.body.size(); ++i) stmt(*f.body[i]);
  });
  for (auto it = f.decorators.rbegin(); it != f.decorators.rend(); ++it) {
    LocGuard guard(this, (*it)->span);
    emit(OP_CALL, 0);
  }
  name_op(f.name, Access::Store, f.span);
}

std::string Compiler::qualname_for(const std::string& name) {
  // Like CPython: f, C.m, f.<locals>.g
  if (units_.size() <= 1) return name;
  Unit& parent = unit();
  if (parent.scope->type == Scope::Type::Module) return name;
  std::string base = parent.code->qualname;
  if (parent.scope->type == Scope::Type::Function || parent.scope->type == Scope::Type::Comprehension)
    return base + ".<locals>." + name;
  return base + "." + name;
}

void Compiler::make_function(Scope* scope, const std::string& name, const ast::Arguments& args,
                             int firstline, const ast::Span& def_span,
                             const std::function<void()>& emit_body) {
  uint32_t flags = 0;
  // Defaults are evaluated at definition time, in the enclosing scope.
  if (!args.defaults.empty()) {
    for (auto& d : args.defaults) expr(*d);
    emit(OP_BUILD_TUPLE, uint32_t(args.defaults.size()));
    flags |= MF_DEFAULTS;
  }
  bool any_kw = false;
  for (auto& d : args.kw_defaults) any_kw = any_kw || d != nullptr;
  if (any_kw) {
    uint32_t n = 0;
    for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
      if (!args.kw_defaults[i]) continue;
      emit(OP_LOAD_CONST, const_str(mangle(unit().scope, args.kwonlyargs[i].name)));
      expr(*args.kw_defaults[i]);
      ++n;
    }
    emit(OP_BUILD_MAP, n);
    flags |= MF_KWDEFAULTS;
  }
  std::string qualname = qualname_for(name);
  uint32_t code_flags = 0;
  if (args.vararg) code_flags |= CO_VARARGS;
  if (args.kwarg) code_flags |= CO_VARKEYWORDS;
  if (scope->is_async && scope->is_generator) code_flags |= CO_ASYNC_GENERATOR;
  else if (scope->is_async) code_flags |= CO_COROUTINE;
  else if (scope->is_generator) code_flags |= CO_GENERATOR;
  enter(scope, name, qualname, firstline, code_flags);
  Code* code = unit().code;
  code->argcount = int(args.posonlyargs.size() + args.args.size());
  code->posonlyargcount = int(args.posonlyargs.size());
  code->kwonlyargcount = int(args.kwonlyargs.size());
  emit_body();
  if (unit().reachable) {
    LocGuard guard(this, kNoLine);
    emit(OP_LOAD_CONST, const_none());
    emit(OP_RETURN_VALUE, 0);
  }
  Value code_value = leave();
  LocGuard guard(this, def_span);
  emit_closure_and_make(code_value, flags);
}

void Compiler::emit_closure_and_make(const Value& code_value, uint32_t flags) {
  Code* code = code_value.as<Code>();
  if (!code->freevars.empty()) {
    for (auto& name : code->freevars) {
      // The enclosing unit hands over its own cell for that name.
      int idx = cell_index(name);
      if (idx < 0) idx = cell_index(name);
      emit(OP_LOAD_CLOSURE, uint32_t(idx));
    }
    emit(OP_BUILD_TUPLE, uint32_t(code->freevars.size()));
    flags |= MF_CLOSURE;
  }
  emit(OP_LOAD_CONST, add_const(code_value));
  emit(OP_MAKE_FUNCTION, flags);
}

void Compiler::class_def(const ast::ClassDef& c) {
  for (auto& d : c.decorators) expr(*d);
  Scope* scope = table_.scope_for(&c);
  std::string qualname = qualname_for(c.name);
  int firstline = c.decorators.empty() ? c.span.line : c.decorators[0]->span.line;
  enter(scope, c.name, qualname, firstline, CO_CLASS_BODY);
  {
    LocGuard guard(this, c.span);
    emit(OP_LOAD_NAME, name_index("__name__"));
    emit(OP_STORE_NAME, name_index("__module__"));
    emit(OP_LOAD_CONST, const_str(qualname));
    emit(OP_STORE_NAME, name_index("__qualname__"));
  }
  size_t start = 0;
  if (!c.body.empty() && c.body[0]->kind == ast::StmtKind::ExprStmt) {
    auto& e = *static_cast<const ast::ExprStmt&>(*c.body[0]).value;
    if (e.kind == ast::ExprKind::Constant &&
        static_cast<const ast::Constant&>(e).type == ast::Constant::Type::Str) {
      LocGuard guard(this, c.body[0]->span);
      expr(e);
      emit(OP_STORE_NAME, name_index("__doc__"));
      start = 1;
    }
  }
  for (size_t i = start; i < c.body.size(); ++i) stmt(*c.body[i]);
  {
    LocGuard guard(this, kNoLine);
    if (scope->needs_class_cell) {
      emit(OP_LOAD_CLOSURE, uint32_t(cell_index("__class__")));
      emit(OP_COPY, 1);
      emit(OP_STORE_NAME, name_index("__classcell__"));
    } else {
      emit(OP_LOAD_CONST, const_none());
    }
    emit(OP_RETURN_VALUE, 0);
  }
  Value body_code = leave();
  LocGuard guard(this, c.span);
  emit_closure_and_make(body_code, 0);
  emit(OP_LOAD_CONST, const_str(c.name));
  for (auto& b : c.bases) expr(*b);
  emit(OP_BUILD_TUPLE, uint32_t(c.bases.size()));
  uint32_t flag = 0;
  if (!c.keywords.empty()) {
    for (auto& k : c.keywords) {
      if (k.name.empty()) fail(k.span, "error", "'**' in a class definition is not supported by looplab");
      emit(OP_LOAD_CONST, const_str(k.name));
      expr(*k.value);
    }
    emit(OP_BUILD_MAP, uint32_t(c.keywords.size()));
    flag = 1;
  }
  emit(OP_MAKE_CLASS, flag);
  for (auto it = c.decorators.rbegin(); it != c.decorators.rend(); ++it) {
    LocGuard g2(this, (*it)->span);
    emit(OP_CALL, 0);
  }
  name_op(c.name, Access::Store, c.span);
}

}  // namespace looplab::codegen
