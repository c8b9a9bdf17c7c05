// Comprehensions and generator expressions: in CPython 3.11 each is a function of its own,
// called with the iterator of its first `for`.
#include "core/compiler_internal.h"

namespace looplab::codegen {

void Compiler::comprehension(const ast::Comp& c) {
  Scope* scope = table_.scope_for(&c);
  const char* name = c.kind == ast::ExprKind::ListComp  ? "<listcomp>"
                     : c.kind == ast::ExprKind::SetComp ? "<setcomp>"
                     : c.kind == ast::ExprKind::DictComp ? "<dictcomp>"
                                                        : "<genexpr>";
  bool is_gen = c.kind == ast::ExprKind::GeneratorExp;
  if (scope->is_async && !is_gen) {
    // It is awaited where it stands: only an async function or another comprehension may hold it.
    Scope* outer = unit().scope;
    bool awaitable_here = outer->type == Scope::Type::Comprehension ||
                          (outer->type == Scope::Type::Function && outer->is_async);
    if (!awaitable_here)
      fail(c.span, "SyntaxError", "asynchronous comprehension outside of an asynchronous function");
  }
  uint32_t flags = CO_COMPREHENSION;
  if (is_gen) flags |= scope->is_async ? CO_ASYNC_GENERATOR : CO_GENERATOR;
  else if (scope->is_async) flags |= CO_COROUTINE;
  std::string qualname = qualname_for(name);
  enter(scope, name, qualname, c.span.line, flags);
  unit().loc = c.span;
  unit().code->argcount = 1;
  if (!is_gen) {
    emit(c.kind == ast::ExprKind::ListComp  ? OP_BUILD_LIST
         : c.kind == ast::ExprKind::SetComp ? OP_BUILD_SET
                                            : OP_BUILD_MAP,
         0);
  }
  comprehension_generator(c, 0);
  if (!is_gen) emit(OP_RETURN_VALUE, 0);
  else {
    emit(OP_LOAD_CONST, const_none());
    emit(OP_RETURN_VALUE, 0);
  }
  Value code_value = leave();
  emit_closure_and_make(code_value, 0);
  expr(*c.generators[0].iter);
  emit(c.generators[0].is_async ? OP_GET_AITER : OP_GET_ITER, 0);
  emit(OP_CALL, 0);  // [function, iterator]: the iterator is the only argument
  if (scope->is_async && !is_gen) {
    emit(OP_GET_AWAITABLE, 0);
    emit(OP_LOAD_CONST, const_none());
    yield_from_loop();
  }
}

void Compiler::comprehension_generator(const ast::Comp& c, size_t index) {
  const ast::Comprehension& gen = c.generators[index];
  int start = new_label();
  int if_cleanup = new_label();
  int anchor = new_label();
  if (index == 0) {
    emit(OP_LOAD_FAST, 0);  // .0, the iterator passed in
  } else {
    expr(*gen.iter);
    emit(gen.is_async ? OP_GET_AITER : OP_GET_ITER, 0);
  }
  bind(start);
  if (gen.is_async) fail(gen.span, "error", "async comprehensions are not supported by looplab yet");
  emit(OP_FOR_ITER, uint32_t(anchor));
  store_target(*gen.target);
  for (auto& cond : gen.ifs) jump_if(*cond, if_cleanup, false);
  if (index + 1 < c.generators.size()) {
    comprehension_generator(c, index + 1);
  } else {
    // The container sits below one iterator per `for`.
    int container_depth = int(c.generators.size()) + 1;
    switch (c.kind) {
      case ast::ExprKind::ListComp:
        expr(*c.elt);
        emit(OP_LIST_APPEND, uint32_t(container_depth));
        break;
      case ast::ExprKind::SetComp:
        expr(*c.elt);
        emit(OP_SET_ADD, uint32_t(container_depth));
        break;
      case ast::ExprKind::DictComp:
        expr(*c.key);
        expr(*c.value);
        emit(OP_MAP_ADD, uint32_t(container_depth));
        break;
      default:  // generator expression
        expr(*c.elt);
        emit(OP_YIELD_VALUE, 0);
        emit(OP_POP_TOP, 0);
        break;
    }
  }
  bind(if_cleanup);
  jump_back(start);
  bind(anchor);
}

}  // namespace looplab::codegen
