// Statements: assignments and their targets, `if`, loops, `return` / `break` / `continue` and
// the blocks they leave, imports.
#include "core/compiler_internal.h"

namespace looplab::codegen {

void Compiler::body(const ast::StmtList& stmts) {
  for (auto& s : stmts) stmt(*s);
}

void Compiler::stmt(const ast::Stmt& s) {
  LocGuard guard(this, s.span);
  using K = ast::StmtKind;
  switch (s.kind) {
    case K::FunctionDef: function_def(static_cast<const ast::FunctionDef&>(s)); break;
    case K::ClassDef: class_def(static_cast<const ast::ClassDef&>(s)); break;
    case K::Return: return_stmt(static_cast<const ast::Return&>(s)); break;
    case K::Delete:
      for (auto& t : static_cast<const ast::Delete&>(s).targets) delete_target(*t);
      break;
    case K::Assign: {
      auto& a = static_cast<const ast::Assign&>(s);
      expr(*a.value);
      for (size_t i = 0; i < a.targets.size(); ++i) {
        if (i + 1 < a.targets.size()) emit(OP_COPY, 1);
        store_target(*a.targets[i]);
      }
      break;
    }
    case K::AugAssign: aug_assign(static_cast<const ast::AugAssign&>(s)); break;
    case K::AnnAssign: {
      auto& a = static_cast<const ast::AnnAssign&>(s);
      if (a.value) {
        expr(*a.value);
        store_target(*a.target);
      }
      break;
    }
    case K::For: for_stmt(static_cast<const ast::For&>(s)); break;
    case K::While: while_stmt(static_cast<const ast::While&>(s)); break;
    case K::If: if_stmt(static_cast<const ast::If&>(s)); break;
    case K::With: with_stmt(static_cast<const ast::With&>(s), 0); break;
    case K::Raise: {
      auto& r = static_cast<const ast::Raise&>(s);
      uint32_t n = 0;
      if (r.exc) {
        expr(*r.exc);
        ++n;
        if (r.cause) {
          expr(*r.cause);
          ++n;
        }
      }
      emit(OP_RAISE_VARARGS, n);
      break;
    }
    case K::Try: try_stmt(static_cast<const ast::Try&>(s)); break;
    case K::Assert: {
      auto& a = static_cast<const ast::Assert&>(s);
      int end = new_label();
      jump_if(*a.test, end, true);
      emit(OP_LOAD_ASSERTION_ERROR, 0);
      if (a.msg) {
        expr(*a.msg);
        emit(OP_CALL, 0);
      }
      emit(OP_RAISE_VARARGS, 1);
      bind(end);
      break;
    }
    case K::Import: import_stmt(static_cast<const ast::Import&>(s)); break;
    case K::ImportFrom: import_from(static_cast<const ast::ImportFrom&>(s)); break;
    case K::Global:
    case K::Nonlocal:
      break;
    case K::ExprStmt: {
      auto& e = *static_cast<const ast::ExprStmt&>(s).value;
      if (e.kind == ast::ExprKind::Constant) {
        emit(OP_NOP, 0);  // a docstring or a lone literal still gets its line event
        break;
      }
      expr(e);
      emit(OP_POP_TOP, 0);
      break;
    }
    case K::Pass: emit(OP_NOP, 0); break;
    case K::Break: break_stmt(s); break;
    case K::Continue: continue_stmt(s); break;
  }
}

bool Compiler::in_function() const {
  for (auto it = units_.rbegin(); it != units_.rend(); ++it) {
    auto t = (*it)->scope->type;
    if (t == Scope::Type::Function) return true;
    if (t == Scope::Type::Class || t == Scope::Type::Module) return false;
  }
  return false;
}

void Compiler::return_stmt(const ast::Return& r) {
  if (unit().scope->type != Scope::Type::Function) fail(r.span, "SyntaxError", "'return' outside function");
  if (r.value && unit().scope->is_async && unit().scope->is_generator)
    fail(r.span, "SyntaxError", "'return' with value in async generator");
  if (r.value) expr(*r.value);
  else emit(OP_LOAD_CONST, const_none());
  // CPython reports a jump out of `except*` at the returned constant, or else at the statement.
  bool at_constant =
      r.value && r.value->kind == ast::ExprKind::Constant && r.value->span.line == r.span.line;
  unwind_fblocks(true, nullptr, at_constant ? r.value->span : r.span);
  LocGuard guard(this, kNoLine);
  emit(OP_RETURN_VALUE, 0);
}

void Compiler::break_stmt(const ast::Stmt& s) {
  emit(OP_NOP, 0);
  FBlock* loop = nullptr;
  unwind_fblocks(false, &loop, s.span);
  if (!loop) fail(s.span, "SyntaxError", "'break' outside loop");
  LocGuard guard(this, kNoLine);
  if (loop->type == FBlock::Type::ForLoop) emit(OP_POP_TOP, 0);  // the iterator
  emit(OP_JUMP, uint32_t(loop->loop_exit));
}

void Compiler::continue_stmt(const ast::Stmt& s) {
  emit(OP_NOP, 0);
  FBlock* loop = nullptr;
  unwind_fblocks(false, &loop, s.span);
  if (!loop) fail(s.span, "SyntaxError", "'continue' not properly in loop");
  LocGuard guard(this, kNoLine);
  jump_back(loop->loop_start);
}

// Emits what leaving the enclosing blocks requires. With `loop_out`, stops at the innermost
// loop (break/continue) and reports it; otherwise unwinds everything (return).
// `preserve_tos`: a return value sits on top of the stack and must survive.
// `at`: where the statement is, for its error when it would leave `except*` clauses.
void Compiler::unwind_fblocks(bool preserve_tos, FBlock** loop_out, const ast::Span& at) {
  Unit& u = unit();
  std::vector<FBlock> saved = u.fblocks;
  std::vector<int> saved_handlers = u.handler_stack;
  while (!u.fblocks.empty()) {
    FBlock top = u.fblocks.back();
    if (top.type == FBlock::Type::ExceptionGroupHandler)
      fail(at, "SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop_out && (top.type == FBlock::Type::WhileLoop || top.type == FBlock::Type::ForLoop)) {
      // Keep the loop: break/continue stay inside it.
      saved_loop_ = top;
      *loop_out = &saved_loop_;
      break;
    }
    u.fblocks.pop_back();
    unwind_one(top, preserve_tos);
  }
  u.fblocks = saved;
  u.handler_stack = saved_handlers;
}

void Compiler::unwind_one(const FBlock& b, bool preserve_tos) {
  Unit& u = unit();
  switch (b.type) {
    case FBlock::Type::WhileLoop:
      break;
    case FBlock::Type::ForLoop:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP, 0);
      break;
    case FBlock::Type::TryExcept:
      u.handler_stack.pop_back();
      break;
    case FBlock::Type::FinallyTry: {
      u.handler_stack.pop_back();
      // The finally body runs here, on this exit path, as its own statements.
      body(*b.finalbody);
      break;
    }
    case FBlock::Type::FinallyEnd:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP, 0);  // the exception
      if (preserve_tos) emit(OP_SWAP, 2);
      u.handler_stack.pop_back();
      emit(OP_POP_EXCEPT, 0);
      break;
    case FBlock::Type::With:
    case FBlock::Type::AsyncWith: {
      u.handler_stack.pop_back();
      LocGuard guard(this, b.stmt->span);
      if (preserve_tos) emit(OP_SWAP, 2);
      call_exit_with_nones();
      if (b.type == FBlock::Type::AsyncWith) await_top();
      emit(OP_POP_TOP, 0);
      break;
    }
    case FBlock::Type::HandlerCleanup:
      if (b.handler >= 0) u.handler_stack.pop_back();
      if (preserve_tos) emit(OP_SWAP, 2);
      u.handler_stack.pop_back();
      emit(OP_POP_EXCEPT, 0);
      if (!b.handler_name.empty()) {
        emit(OP_LOAD_CONST, const_none());
        name_op(b.handler_name, Access::Store, unit().loc);
        name_op(b.handler_name, Access::Del, unit().loc);
      }
      break;
    case FBlock::Type::PopValue:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP, 0);
      break;
    case FBlock::Type::ExceptionHandler:
    case FBlock::Type::ExceptionGroupHandler:  // never unwound: unwind_fblocks() refuses it
      break;
  }
}

void Compiler::aug_assign(const ast::AugAssign& a) {
  uint32_t op = uint32_t(a.op) + 16;  // in-place variant
  const ast::Expr& t = *a.target;
  switch (t.kind) {
    case ast::ExprKind::Name: {
      auto& n = static_cast<const ast::Name&>(t);
      name_op(n.id, Access::Load, t.span);
      expr(*a.value);
      {
        LocGuard guard(this, a.span);
        emit(OP_BINARY_OP, op);
      }
      name_op(n.id, Access::Store, t.span);
      break;
    }
    case ast::ExprKind::Attribute: {
      auto& at = static_cast<const ast::Attribute&>(t);
      expr(*at.value);
      LocGuard guard(this, t.span);
      emit(OP_COPY, 1);
      emit(OP_LOAD_ATTR, attr_index(at.attr));
      expr(*a.value);
      emit(OP_BINARY_OP, op);
      emit(OP_SWAP, 2);
      emit(OP_STORE_ATTR, attr_index(at.attr));
      break;
    }
    case ast::ExprKind::Subscript: {
      auto& s = static_cast<const ast::Subscript&>(t);
      expr(*s.value);
      expr(*s.index);
      LocGuard guard(this, t.span);
      emit(OP_COPY, 2);
      emit(OP_COPY, 2);
      emit(OP_BINARY_SUBSCR, 0);
      expr(*a.value);
      emit(OP_BINARY_OP, op);
      emit(OP_SWAP, 3);
      emit(OP_SWAP, 2);
      emit(OP_STORE_SUBSCR, 0);
      break;
    }
    default:
      fail(t.span, "SyntaxError", "illegal expression for augmented assignment");
  }
}

void Compiler::store_target(const ast::Expr& t) {
  LocGuard guard(this, t.span);
  switch (t.kind) {
    case ast::ExprKind::Name:
      name_op(static_cast<const ast::Name&>(t).id, Access::Store, t.span);
      break;
    case ast::ExprKind::Attribute: {
      auto& a = static_cast<const ast::Attribute&>(t);
      expr(*a.value);
      emit(OP_STORE_ATTR, attr_index(a.attr));
      break;
    }
    case ast::ExprKind::Subscript: {
      auto& s = static_cast<const ast::Subscript&>(t);
      expr(*s.value);
      expr(*s.index);
      emit(OP_STORE_SUBSCR, 0);
      break;
    }
    case ast::ExprKind::Tuple:
    case ast::ExprKind::List: {
      const ast::ExprList& elts = t.kind == ast::ExprKind::Tuple
                                      ? static_cast<const ast::Tuple&>(t).elts
                                      : static_cast<const ast::List&>(t).elts;
      unpack_into(elts, t.span);
      break;
    }
    case ast::ExprKind::Starred:
      fail(t.span, "SyntaxError", "starred assignment target must be in a list or tuple");
    default:
      fail(t.span, "SyntaxError", "cannot assign to expression");
  }
}

void Compiler::unpack_into(const ast::ExprList& elts, const ast::Span& at) {
  int star = -1;
  for (size_t i = 0; i < elts.size(); ++i) {
    if (elts[i]->kind == ast::ExprKind::Starred) {
      if (star >= 0) fail(at, "SyntaxError", "multiple starred expressions in assignment");
      star = int(i);
    }
  }
  if (star < 0) {
    emit(OP_UNPACK_SEQUENCE, uint32_t(elts.size()));
  } else {
    uint32_t before = uint32_t(star);
    uint32_t after = uint32_t(elts.size() - star - 1);
    if (before > 255) fail(at, "SyntaxError", "too many expressions in star-unpacking assignment");
    emit(OP_UNPACK_EX, before | (after << 8));
  }
  for (auto& e : elts) {
    if (e->kind == ast::ExprKind::Starred) store_target(*static_cast<const ast::Starred&>(*e).value);
    else store_target(*e);
  }
}

void Compiler::delete_target(const ast::Expr& t) {
  LocGuard guard(this, t.span);
  switch (t.kind) {
    case ast::ExprKind::Name:
      name_op(static_cast<const ast::Name&>(t).id, Access::Del, t.span);
      break;
    case ast::ExprKind::Attribute: {
      auto& a = static_cast<const ast::Attribute&>(t);
      expr(*a.value);
      emit(OP_DELETE_ATTR, attr_index(a.attr));
      break;
    }
    case ast::ExprKind::Subscript: {
      auto& s = static_cast<const ast::Subscript&>(t);
      expr(*s.value);
      expr(*s.index);
      emit(OP_DELETE_SUBSCR, 0);
      break;
    }
    case ast::ExprKind::Tuple:
      for (auto& e : static_cast<const ast::Tuple&>(t).elts) delete_target(*e);
      break;
    case ast::ExprKind::List:
      for (auto& e : static_cast<const ast::List&>(t).elts) delete_target(*e);
      break;
    default:
      fail(t.span, "SyntaxError", "cannot delete expression");
  }
}

void Compiler::if_stmt(const ast::If& s) {
  int end = new_label();
  int orelse = s.orelse.empty() ? end : new_label();
  jump_if(*s.test, orelse, false);
  body(s.body);
  if (!s.orelse.empty()) {
    if (unit().reachable) {
      LocGuard guard(this, kNoLine);
      emit(OP_JUMP, uint32_t(end));
    }
    bind(orelse);
    body(s.orelse);
  }
  bind(end);
}

// Evaluates `test` and jumps to `label` when its truth equals `when`.
void Compiler::jump_if(const ast::Expr& test, int label, bool when) {
  expr(test);
  LocGuard guard(this, test.span);
  emit(when ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, uint32_t(label));
}

bool Compiler::is_constant_true(const ast::Expr& e) {
  if (e.kind != ast::ExprKind::Constant) return false;
  auto& c = static_cast<const ast::Constant&>(e);
  return c.type == ast::Constant::Type::True ||
         (c.type == ast::Constant::Type::Int && c.int_value != 0);
}

void Compiler::while_stmt(const ast::While& s) {
  int body_start = new_label();
  int orelse = new_label();
  int exit = new_label();
  int loop_top = new_label();
  bool forever = is_constant_true(*s.test);
  if (forever) {
    // `while True:` keeps a NOP on its line and jumps back to it every iteration.
    bind(loop_top);
    emit(OP_NOP, 0);
    bind(body_start);
  } else {
    // CPython 3.11 tests at the top once, then again at the bottom of every iteration.
    bind(loop_top);
    jump_if(*s.test, orelse, false);
    bind(body_start);
  }
  unit().fblocks.push_back(FBlock(FBlock::Type::WhileLoop, loop_top, exit));
  body(s.body);
  unit().fblocks.pop_back();
  if (unit().reachable) {
    if (forever) {
      LocGuard guard(this, kNoLine);
      jump_back(loop_top);
    } else {
      LocGuard guard(this, s.span);
      expr(*s.test);
      emit(OP_POP_JUMP_BACKWARD_IF_TRUE, uint32_t(body_start));
    }
  }
  bind(orelse);
  body(s.orelse);
  bind(exit);
}

void Compiler::for_stmt(const ast::For& s) {
  if (s.is_async) return async_for(s);
  int start = new_label();
  int cleanup = new_label();
  int exit = new_label();
  expr(*s.iter);
  emit(OP_GET_ITER, 0);
  bind(start);
  emit(OP_FOR_ITER, uint32_t(cleanup));
  store_target(*s.target);
  unit().fblocks.push_back(FBlock(FBlock::Type::ForLoop, start, exit));
  body(s.body);
  unit().fblocks.pop_back();
  if (unit().reachable) {
    LocGuard guard(this, kNoLine);
    jump_back(start);
  }
  bind(cleanup);
  body(s.orelse);
  bind(exit);
}

void Compiler::async_for(const ast::For& s) {
  if (!unit().scope->is_async) fail(s.span, "SyntaxError", "'async for' outside async function");
  int start = new_label();
  int except = new_label();
  int end = new_label();
  expr(*s.iter);
  emit(OP_GET_AITER, 0);
  bind(start);
  int depth_before = unit().depth;  // the async iterator
  push_handler(except, depth_before);
  emit(OP_GET_ANEXT, 0);
  emit(OP_LOAD_CONST, const_none());
  yield_from_loop();
  pop_handler();
  store_target(*s.target);
  unit().fblocks.push_back(FBlock(FBlock::Type::ForLoop, start, end));
  body(s.body);
  unit().fblocks.pop_back();
  if (unit().reachable) {
    LocGuard guard(this, kNoLine);
    jump_back(start);
  }
  bind_handler(except);
  {
    LocGuard guard(this, kNoLine);
    emit(OP_END_ASYNC_FOR, 0);
  }
  body(s.orelse);
  bind(end);
}

void Compiler::import_stmt(const ast::Import& s) {
  for (auto& a : s.names) {
    std::string top = a.name.substr(0, a.name.find('.'));
    if (!library_ && !is_importable_module(a.name))
      fail(a.span, "error",
           "'import " + a.name +
               "' is not available in looplab (scenarios can import asyncio, time and random)");
    LocGuard guard(this, s.span);
    emit(OP_IMPORT_NAME, name_index(a.name));
    name_op(a.asname.empty() ? top : a.asname, Access::Store, a.span);
  }
}

void Compiler::import_from(const ast::ImportFrom& s) {
  if (s.level > 0 || (!library_ && !is_importable_module(s.module)))
    fail(s.span, "error",
         "'from " + std::string(s.level, '.') + s.module +
             " import ...' is not available in looplab (scenarios can import asyncio, time "
             "and random)");
  emit(OP_IMPORT_NAME, name_index(s.module));
  for (auto& a : s.names) {
    if (a.name == "*") fail(a.span, "error", "'from " + s.module + " import *' is not supported by looplab; import the names you use");
    emit(OP_IMPORT_FROM, name_index(a.name));
    name_op(a.asname.empty() ? a.name : a.asname, Access::Store, a.span);
  }
  emit(OP_POP_TOP, 0);
}

}  // namespace looplab::codegen
