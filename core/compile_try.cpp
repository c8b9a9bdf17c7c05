// `try` statements and `with`: exception handlers as CPython 3.11 lays them out, with the
// `finally` body copied onto each way out.
#include "core/compiler_internal.h"

namespace looplab::codegen {

void Compiler::call_exit_with_nones() {
  // exit(None, None, None) with the CALL convention [callable, self, args]: the exit method
  // stands in the callable slot and the first None in the self slot.
  emit(OP_LOAD_CONST, const_none());
  emit(OP_LOAD_CONST, const_none());
  emit(OP_LOAD_CONST, const_none());
  emit(OP_CALL, 2);
}

void Compiler::with_stmt(const ast::With& s, size_t item_index) {
  if (s.is_async && !unit().scope->is_async)
    fail(s.span, "SyntaxError", "'async with' outside async function");
  const ast::WithItem& item = s.items[item_index];
  int handler = new_label();
  int after = new_label();
  expr(*item.context_expr);
  {
    LocGuard guard(this, s.span);
    if (s.is_async) {
      emit(OP_BEFORE_ASYNC_WITH, 0);
      emit(OP_GET_AWAITABLE, 1);
      emit(OP_LOAD_CONST, const_none());
      yield_from_loop();
    } else {
      emit(OP_BEFORE_WITH, 0);
    }
  }
  int depth_with_exit = unit().depth - 1;  // exit is on the stack under the enter result
  int h = push_handler(handler, depth_with_exit);
  FBlock block(s.is_async ? FBlock::Type::AsyncWith : FBlock::Type::With);
  block.stmt = &s;
  block.handler = h;
  unit().fblocks.push_back(block);
  if (item.optional_vars) store_target(*item.optional_vars);
  else emit(OP_POP_TOP, 0);
  if (item_index + 1 < s.items.size()) with_stmt(s, item_index + 1);
  else body(s.body);
  unit().fblocks.pop_back();
  pop_handler();
  if (unit().reachable) {
    LocGuard guard(this, s.span);
    call_exit_with_nones();
    if (s.is_async) await_top();
    emit(OP_POP_TOP, 0);
    emit(OP_JUMP, uint32_t(after));
  }
  // Exceptional exit: exit(type, value, traceback) decides whether to swallow it.
  bind_handler(handler);
  {
    LocGuard guard(this, s.span);
    int cleanup = new_label();
    emit(OP_PUSH_EXC_INFO, 0);
    push_handler(cleanup, unit().depth - 1);
    emit(OP_WITH_EXCEPT_START, 0);
    if (s.is_async) {
      emit(OP_GET_AWAITABLE, 2);
      emit(OP_LOAD_CONST, const_none());
      yield_from_loop();
    }
    int suppress = new_label();
    LocGuard g2(this, kNoLine);
    emit(OP_POP_JUMP_IF_TRUE, uint32_t(suppress));
    emit(OP_RERAISE, 0);
    bind(suppress);
    emit(OP_POP_TOP, 0);  // the exception
    pop_handler();
    emit(OP_POP_EXCEPT, 0);
    emit(OP_POP_TOP, 0);  // exit
    emit(OP_JUMP, uint32_t(after));
    bind_handler(cleanup);
    emit(OP_CLEANUP_RERAISE, 0);
  }
  bind(after);
}

void Compiler::try_stmt(const ast::Try& s) {
  if (!s.finalbody.empty()) try_finally(s);
  else try_except(s);
}

void Compiler::try_finally(const ast::Try& s) {
  int handler = new_label();
  int end = new_label();
  {
    LocGuard guard(this, s.span);
    emit(OP_NOP, 0);  // `try:` has a line event
  }
  int h = push_handler(handler, unit().depth);
  FBlock block(FBlock::Type::FinallyTry);
  block.finalbody = &s.finalbody;
  block.handler = h;
  unit().fblocks.push_back(block);
  if (s.handlers.empty()) body(s.body);
  else try_except_body(s);
  unit().fblocks.pop_back();
  pop_handler();
  if (unit().reachable) {
    body(s.finalbody);
    LocGuard guard(this, kNoLine);
    emit(OP_JUMP, uint32_t(end));
  }
  // The exception path: run the finally body, then re-raise.
  bind_handler(handler);
  int cleanup = new_label();
  {
    LocGuard guard(this, kNoLine);
    emit(OP_PUSH_EXC_INFO, 0);
  }
  int hc = push_handler(cleanup, unit().depth - 1);
  FBlock fend(FBlock::Type::FinallyEnd);
  fend.handler = hc;
  unit().fblocks.push_back(fend);
  body(s.finalbody);
  unit().fblocks.pop_back();
  if (unit().reachable) {
    LocGuard guard(this, kNoLine);
    emit(OP_RERAISE, 0);
  }
  pop_handler();
  bind_handler(cleanup);
  {
    LocGuard guard(this, kNoLine);
    emit(OP_CLEANUP_RERAISE, 0);
  }
  bind(end);
}

void Compiler::try_except(const ast::Try& s) {
  {
    LocGuard guard(this, s.span);
    emit(OP_NOP, 0);
  }
  try_except_body(s);
}

// The part `try: ... except` and `try: ... except*` share: the protected body, the jump to `else`
// when it completes, and the handler entry with the exception pushed; the clauses differ.
void Compiler::try_except_body(const ast::Try& s) {
  int except = new_label();
  int orelse = new_label();
  int end = new_label();
  int h = push_handler(except, unit().depth);
  FBlock block(FBlock::Type::TryExcept);
  block.handler = h;
  unit().fblocks.push_back(block);
  body(s.body);
  unit().fblocks.pop_back();
  pop_handler();
  if (unit().reachable) {
    LocGuard guard(this, kNoLine);
    emit(OP_JUMP, uint32_t(orelse));
  }
  bind_handler(except);
  int cleanup = new_label();
  {
    LocGuard guard(this, kNoLine);
    emit(OP_PUSH_EXC_INFO, 0);  // stack: prev_exc exc
  }
  push_handler(cleanup, unit().depth - 1);
  if (s.is_star) except_star_clauses(s, end);
  else except_clauses(s, end);
  bind_handler(cleanup);
  {
    LocGuard guard(this, kNoLine);
    emit(OP_CLEANUP_RERAISE, 0);
  }
  bind(orelse);
  body(s.orelse);
  bind(end);
}

// `except T [as name]:` clauses, entered with `prev_exc exc` on the stack.
void Compiler::except_clauses(const ast::Try& s, int end) {
  for (size_t i = 0; i < s.handlers.size(); ++i) {
    const ast::ExceptHandler& eh = s.handlers[i];
    if (!eh.type && i + 1 < s.handlers.size())
      fail(eh.span, "SyntaxError", "default 'except:' must be last");
    LocGuard guard(this, eh.span);
    int next = new_label();
    if (eh.type) {
      expr(*eh.type);
      emit(OP_CHECK_EXC_MATCH, 0);
      emit(OP_POP_JUMP_IF_FALSE, uint32_t(next));
    }
    // Stack: prev_exc exc. The exception stays reachable through the frame's exc_info.
    if (!eh.name.empty()) {
      name_op(eh.name, Access::Store, eh.span);
      int name_cleanup = new_label();
      int hn = push_handler(name_cleanup, unit().depth);
      FBlock fb(FBlock::Type::HandlerCleanup);
      fb.handler_name = eh.name;
      fb.handler = hn;
      unit().fblocks.push_back(fb);
      body(eh.body);
      unit().fblocks.pop_back();
      pop_handler();
      if (unit().reachable) {
        LocGuard g2(this, kNoLine);
        emit(OP_POP_EXCEPT, 0);
        unbind_handler_name(eh.name);
        emit(OP_JUMP, uint32_t(end));
      }
      // An exception inside the handler body: unbind the name, then keep propagating.
      bind_handler(name_cleanup);
      LocGuard g3(this, kNoLine);
      unbind_handler_name(eh.name);
      emit(OP_RERAISE, 0);
    } else {
      emit(OP_POP_TOP, 0);
      FBlock fb(FBlock::Type::HandlerCleanup);
      fb.handler = -1;
      unit().fblocks.push_back(fb);
      body(eh.body);
      unit().fblocks.pop_back();
      if (unit().reachable) {
        LocGuard g2(this, kNoLine);
        emit(OP_POP_EXCEPT, 0);
        emit(OP_JUMP, uint32_t(end));
      }
    }
    bind(next);
    if (i + 1 == s.handlers.size() && unit().reachable) {
      LocGuard g2(this, kNoLine);
      emit(OP_RERAISE, 0);
    }
  }
  pop_handler();
}

// `except E as name:` ends with `name = None; del name`, so that the exception (whose traceback
// holds the frame) does not stay alive in a local.
void Compiler::unbind_handler_name(const std::string& name) {
  emit(OP_LOAD_CONST, const_none());
  name_op(name, Access::Store, kNoLine);
  name_op(name, Access::Del, kNoLine);
}

// try: BODY  except* T1 as n1: S1  except* T2: S2 ...  (CPython 3.11's compiler_try_star_except).
// Every clause runs in turn on what the clauses before it left unmatched; what they raise, and
// what none matched, is collected in a list, from which PREP_RERAISE_STAR makes the exception to
// raise at the end, if any. The value stack during the clauses (after PUSH_EXC_INFO):
//   prev_exc orig raised rest
// orig: the exception caught; raised: the list; rest: what is still unmatched (or None).
void Compiler::except_star_clauses(const ast::Try& s, int end) {
  unit().fblocks.push_back(FBlock(FBlock::Type::ExceptionGroupHandler));
  for (size_t i = 0; i < s.handlers.size(); ++i) {
    LocGuard guard(this, s.handlers[i].span);
    if (i == 0) {
      emit(OP_COPY, 1);        // prev_exc orig exc
      emit(OP_BUILD_LIST, 0);  // prev_exc orig exc raised
      emit(OP_SWAP, 2);        // prev_exc orig raised exc
    }
    int next_clause = new_label();
    star_clause(s.handlers[i], next_clause);
    bind(next_clause);
  }
  unit().fblocks.pop_back();
  {
    LocGuard guard(this, kNoLine);
    int reraise = new_label();
    emit(OP_LIST_APPEND, 1);  // what no clause matched
    emit(OP_PREP_RERAISE_STAR, 0);
    emit(OP_COPY, 1);
    emit(OP_POP_JUMP_IF_NOT_NONE, uint32_t(reraise));
    emit(OP_POP_TOP, 0);
    pop_handler();
    emit(OP_POP_EXCEPT, 0);
    int done = emit(OP_JUMP, uint32_t(end));
    // When the code ends here, CPython's return gets the line of the last clause's test.
    unit().jumps_lined_at_exit.push_back({done, s.handlers.back().span});
    bind(reraise);  // prev_exc exc
    emit(OP_SWAP, 2);
    emit(OP_POP_EXCEPT, 0);
    emit(OP_RERAISE, 0);
  }
}

// One `except* T [as name]:` clause, entered with `prev_exc orig raised rest` on the stack; it
// leaves the same shape, with what it did not match as the new rest, at `next_clause`.
void Compiler::star_clause(const ast::ExceptHandler& eh, int next_clause) {
  int no_match = new_label();
  expr(*eh.type);
  emit(OP_CHECK_EG_MATCH, 0);  // ... rest match, or ... exc None
  emit(OP_COPY, 1);
  emit(OP_POP_JUMP_IF_NONE, uint32_t(no_match));
  if (eh.name.empty()) emit(OP_POP_TOP, 0);
  else name_op(eh.name, Access::Store, eh.span);
  // An exception raised in the clause's body joins the list; the next clause still runs.
  int body_raised = new_label();
  FBlock fb(FBlock::Type::HandlerCleanup);
  fb.handler_name = eh.name;
  fb.handler = push_handler(body_raised, unit().depth);
  unit().fblocks.push_back(fb);
  body(eh.body);
  unit().fblocks.pop_back();
  pop_handler();
  if (unit().reachable) {
    LocGuard guard(this, kNoLine);
    if (!eh.name.empty()) unbind_handler_name(eh.name);
    emit(OP_JUMP, uint32_t(next_clause));
  }
  bind_handler(body_raised);
  {
    LocGuard guard(this, kNoLine);
    if (!eh.name.empty()) unbind_handler_name(eh.name);
    emit(OP_LIST_APPEND, 2);  // prev_exc orig raised rest exc -> raised.append(exc)
    emit(OP_JUMP, uint32_t(next_clause));
  }
  bind(no_match);
  emit(OP_POP_TOP, 0);  // None
}

}  // namespace looplab::codegen
