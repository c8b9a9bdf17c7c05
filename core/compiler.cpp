#include "core/compiler.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <unordered_map>

#include "core/code.h"
#include "core/runtime.h"
#include "core/symtable.h"

namespace looplab {
namespace {

struct CompileError {
  Diagnostic diag;
};

// What a `return`, `break` or `continue` must undo on its way out (CPython's fblock).
struct FBlock {
  enum class Type {
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith,
    HandlerCleanup, PopValue, ExceptionHandler,
  };
  explicit FBlock(Type t, int start = -1, int exit = -1) : type(t), loop_start(start), loop_exit(exit) {}
  Type type;
  int loop_start = -1;  // label, for loops
  int loop_exit = -1;   // label, for loops
  const ast::StmtList* finalbody = nullptr;  // FinallyTry
  const ast::Stmt* stmt = nullptr;           // With: the statement (for its line)
  std::string handler_name;                  // HandlerCleanup: `except E as name`
  int handler = -1;     // the exception handler active inside this block, to pop while unwinding
};

struct Handler {
  int label;
  int depth;
};

int stack_effect(Opcode op, uint32_t arg, bool jump) {
  switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_NOT:
    case OP_UNARY_INVERT: case OP_LIST_TO_TUPLE: case OP_GET_ITER: case OP_GET_AWAITABLE:
    case OP_GET_YIELD_FROM_ITER: case OP_YIELD_VALUE: case OP_CHECK_EXC_MATCH:
    case OP_SETUP_ANNOTATIONS: case OP_GET_AITER: case OP_JUMP: case OP_JUMP_BACKWARD:
      return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL:
    case OP_STORE_NAME: case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_COMPARE_OP:
    case OP_IS_OP: case OP_CONTAINS_OP: case OP_BINARY_SUBSCR: case OP_LIST_APPEND:
    case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE:
    case OP_DICT_MERGE: case OP_RETURN_VALUE: case OP_RERAISE: case OP_POP_EXCEPT:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_BACKWARD_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
      return -1;
    case OP_COPY: case OP_PUSH_NULL: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF:
    case OP_LOAD_CLOSURE: case OP_LOAD_GLOBAL: case OP_LOAD_NAME: case OP_LOAD_CLASSDEREF:
    case OP_LOAD_METHOD: case OP_PUSH_EXC_INFO: case OP_BEFORE_WITH: case OP_BEFORE_ASYNC_WITH:
    case OP_WITH_EXCEPT_START: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
    case OP_LOAD_ASSERTION_ERROR: case OP_GET_ANEXT:
      return 1;
    case OP_LOAD_ATTR:
      return 0;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_CLEANUP_RERAISE:
    case OP_END_ASYNC_FOR:
      return -2;
    case OP_STORE_SUBSCR:
      return -3;
    case OP_CALL:
      return -int(arg) - 1;
    case OP_CALL_KW:
      return -int(arg) - 2;
    case OP_CALL_EX:
      return -2 - int(arg & 1);
    case OP_MAKE_FUNCTION:
      return -__builtin_popcount(arg);
    case OP_MAKE_CLASS:
      return -2 - int(arg & 1);
    case OP_BUILD_SLICE: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
    case OP_BUILD_STRING:
      return 1 - int(arg);
    case OP_BUILD_MAP:
      return 1 - 2 * int(arg);
    case OP_UNPACK_SEQUENCE:
      return int(arg) - 1;
    case OP_UNPACK_EX:
      return int(arg & 0xff) + int(arg >> 8);
    case OP_FORMAT_VALUE:
      return (arg & 4) ? -1 : 0;
    case OP_RAISE_VARARGS:
      return -int(arg);
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case OP_FOR_ITER:
      return jump ? -1 : 1;
    case OP_SEND:
      return jump ? -1 : 0;
    case OP__COUNT:
      break;
  }
  return 0;
}

bool is_jump(Opcode op) {
  switch (op) {
    case OP_JUMP: case OP_JUMP_BACKWARD: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_BACKWARD_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_FOR_ITER: case OP_SEND:
      return true;
    default:
      return false;
  }
}

bool ends_flow(Opcode op) {
  return op == OP_JUMP || op == OP_JUMP_BACKWARD || op == OP_RETURN_VALUE ||
         op == OP_RAISE_VARARGS || op == OP_RERAISE || op == OP_CLEANUP_RERAISE;
}

// One code object under construction.
struct Unit {
  Value code_ref;
  Code* code = nullptr;
  Scope* scope = nullptr;
  std::vector<uint32_t> instrs;
  std::vector<ast::Span> spans;
  std::vector<int> handler_of;  // per instruction: index into handlers, or -1
  std::vector<Handler> handlers;
  std::vector<int> handler_stack;
  std::vector<int> label_pos;
  std::vector<int> label_depth;
  std::vector<FBlock> fblocks;
  std::map<std::string, int> varnames;
  std::unordered_map<std::string, int> names;
  int depth = 0;
  int max_depth = 0;
  bool reachable = true;
  ast::Span loc;
};

const ast::Span kNoLine{};

class Compiler {
 public:
  Compiler(const std::string& path, std::string_view source, SymbolTable& table, bool library)
      : path_(path), source_(source), table_(table), library_(library) {}

  Value compile(const ast::Module& module) {
    enter(table_.module.get(), "<module>", "<module>", 1, 0);
    unit().code->firstlineno = 1;
    for (auto& s : module.body) stmt(*s);
    unit().loc = kNoLine;
    emit(OP_LOAD_CONST, const_none());
    emit(OP_RETURN_VALUE, 0);
    return leave();
  }

 private:
  // ----- diagnostics ---------------------------------------------------------------------
  [[noreturn]] void fail(const ast::Span& at, const std::string& kind, const std::string& msg) {
    Diagnostic d;
    d.file = path_;
    d.line = at.line;
    d.col = at.col + 1;
    d.kind = kind;
    d.message = msg;
    d.source_line = source_line_at(source_, at.line);
    if (at.end_line == at.line && at.end_col > at.col) d.caret_end_col = at.end_col + 1;
    throw CompileError{d};
  }

  // ----- units ---------------------------------------------------------------------------
  Unit& unit() { return *units_.back(); }

  void enter(Scope* scope, const std::string& name, const std::string& qualname, int firstline,
             uint32_t flags) {
    auto u = std::make_unique<Unit>();
    auto* code = new Code();
    u->code_ref = Value(code);
    u->code = code;
    u->scope = scope;
    code->name = name;
    code->qualname = qualname;
    code->filename = path_;
    code->firstlineno = firstline;
    code->flags = flags;
    code->user_code = !library_;
    // Parameters are the first locals, in order; then every other local of the scope.
    if (scope->type != Scope::Type::Module && scope->type != Scope::Type::Class) {
      code->flags |= CO_NEWLOCALS;
      for (auto& p : scope->params) add_varname(*u, p);
      for (auto& n : scope->order) {
        auto r = scope->resolved.find(n);
        if (r != scope->resolved.end() && r->second == NameScope::Local) add_varname(*u, n);
      }
    }
    code->cellvars = scope->cellvars;
    code->freevars = scope->freevars;
    for (auto& cell : code->cellvars) {
      auto it = u->varnames.find(cell);
      code->cell_param.push_back(it == u->varnames.end() ? -1 : it->second);
    }
    units_.push_back(std::move(u));
  }

  static void add_varname(Unit& u, const std::string& n) {
    if (u.varnames.count(n)) return;
    u.varnames[n] = int(u.code->varnames.size());
    u.code->varnames.push_back(n);
  }

  Value leave() {
    Unit& u = unit();
    Code* code = u.code;
    // Resolve jump labels.
    for (size_t i = 0; i < u.instrs.size(); ++i) {
      Opcode op = instr_op(u.instrs[i]);
      if (is_jump(op)) {
        int target = u.label_pos[instr_arg(u.instrs[i])];
        assert(target >= 0);
        u.instrs[i] = make_instr(op, uint32_t(target));
      }
    }
    // Exception table: runs of instructions sharing a handler.
    for (size_t i = 0; i < u.instrs.size();) {
      int h = u.handler_of[i];
      size_t j = i + 1;
      while (j < u.instrs.size() && u.handler_of[j] == h) ++j;
      if (h >= 0) {
        const Handler& handler = u.handlers[h];
        code->exception_table.push_back({uint32_t(i), uint32_t(j),
                                         uint32_t(u.label_pos[handler.label]),
                                         uint32_t(handler.depth), false});
      }
      i = j;
    }
    code->instructions = std::move(u.instrs);
    code->spans = std::move(u.spans);
    code->stacksize = u.max_depth + 2;
    Value result = u.code_ref;
    units_.pop_back();
    return result;
  }

  // ----- emission ------------------------------------------------------------------------
  int emit(Opcode op, uint32_t arg) {
    Unit& u = unit();
    u.instrs.push_back(make_instr(op, arg));
    u.spans.push_back(u.loc);
    u.handler_of.push_back(u.handler_stack.empty() ? -1 : u.handler_stack.back());
    if (is_jump(op)) {
      int jump_depth = u.depth + stack_effect(op, arg, true);
      int label = int(arg);
      if (u.label_depth[label] < 0) u.label_depth[label] = jump_depth;
      u.max_depth = std::max(u.max_depth, jump_depth);
    }
    u.depth += stack_effect(op, arg, false);
    u.max_depth = std::max(u.max_depth, u.depth);
    if (ends_flow(op)) u.reachable = false;
    return int(u.instrs.size()) - 1;
  }

  int new_label() {
    unit().label_pos.push_back(-1);
    unit().label_depth.push_back(-1);
    return int(unit().label_pos.size()) - 1;
  }

  void bind(int label) {
    Unit& u = unit();
    u.label_pos[label] = int(u.instrs.size());
    if (u.label_depth[label] >= 0) {
      if (!u.reachable) u.depth = u.label_depth[label];
    } else {
      u.label_depth[label] = u.depth;
    }
    u.reachable = true;
  }

  // A jump back to `label`, which was bound earlier.
  void jump_back(int label) { emit(OP_JUMP_BACKWARD, uint32_t(label)); }

  int push_handler(int label, int depth) {
    Unit& u = unit();
    u.handlers.push_back({label, depth});
    int id = int(u.handlers.size()) - 1;
    u.handler_stack.push_back(id);
    u.label_depth[label] = depth + 1;  // the handler starts with the exception pushed
    return id;
  }
  void pop_handler() { unit().handler_stack.pop_back(); }

  // Handlers target labels that the normal flow never falls into.
  void bind_handler(int label) {
    Unit& u = unit();
    u.reachable = false;
    bind(label);
  }

  struct LocGuard {
    Compiler* c;
    ast::Span saved;
    LocGuard(Compiler* compiler, const ast::Span& s) : c(compiler), saved(compiler->unit().loc) {
      compiler->unit().loc = s;
    }
    ~LocGuard() { c->unit().loc = saved; }
  };

  // ----- constants and names -------------------------------------------------------------
  uint32_t add_const(Value v) {
    auto& consts = unit().code->consts;
    for (size_t i = 0; i < consts.size(); ++i) {
      if (consts[i].tag() == v.tag() && consts[i].identical(v))
        return uint32_t(i);
    }
    consts.push_back(std::move(v));
    return uint32_t(consts.size() - 1);
  }
  uint32_t const_none() { return add_const(Value::none()); }
  uint32_t const_str(const std::string& s) { return add_const(intern(s)); }

  uint32_t name_index(const std::string& name) {
    Unit& u = unit();
    auto it = u.names.find(name);
    if (it != u.names.end()) return uint32_t(it->second);
    u.code->names.push_back(intern(name));
    int idx = int(u.code->names.size()) - 1;
    u.names[name] = idx;
    return uint32_t(idx);
  }

  int cell_index(const std::string& name) {
    Code* code = unit().code;
    for (size_t i = 0; i < code->cellvars.size(); ++i)
      if (code->cellvars[i] == name) return int(i);
    for (size_t i = 0; i < code->freevars.size(); ++i)
      if (code->freevars[i] == name) return int(code->cellvars.size() + i);
    return -1;
  }

  enum class Access { Load, Store, Del };

  // Attribute names are mangled like variable names inside a class (`self.__x`).
  uint32_t attr_index(const std::string& attr) { return name_index(mangle(unit().scope, attr)); }

  void name_op(const std::string& raw_name, Access access, const ast::Span& at) {
    LocGuard guard(this, at);
    Scope* scope = unit().scope;
    std::string name = mangle(scope, raw_name);
    NameScope ns = scope->scope_of(name);
    bool dict_scope = scope->type == Scope::Type::Module || scope->type == Scope::Type::Class;
    switch (ns) {
      case NameScope::Local:
        if (dict_scope) {
          emit(access == Access::Load ? OP_LOAD_NAME
                                      : access == Access::Store ? OP_STORE_NAME : OP_DELETE_NAME,
               name_index(name));
        } else {
          emit(access == Access::Load ? OP_LOAD_FAST
                                      : access == Access::Store ? OP_STORE_FAST : OP_DELETE_FAST,
               uint32_t(unit().varnames.at(name)));
        }
        return;
      case NameScope::Cell:
      case NameScope::Free: {
        int idx = cell_index(name);
        if (scope->type == Scope::Type::Class && access == Access::Load) {
          emit(OP_LOAD_CLASSDEREF, uint32_t(idx));
          return;
        }
        if (scope->type == Scope::Type::Class) {  // class-level store goes to the namespace
          emit(access == Access::Store ? OP_STORE_NAME : OP_DELETE_NAME, name_index(name));
          return;
        }
        emit(access == Access::Load ? OP_LOAD_DEREF
                                    : access == Access::Store ? OP_STORE_DEREF : OP_DELETE_DEREF,
             uint32_t(idx));
        return;
      }
      case NameScope::GlobalExplicit:
        emit(access == Access::Load ? OP_LOAD_GLOBAL
                                    : access == Access::Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
             name_index(name));
        return;
      case NameScope::GlobalImplicit:
        if (dict_scope) {
          emit(access == Access::Load ? OP_LOAD_NAME
                                      : access == Access::Store ? OP_STORE_NAME : OP_DELETE_NAME,
               name_index(name));
        } else {
          emit(access == Access::Load ? OP_LOAD_GLOBAL
                                      : access == Access::Store ? OP_STORE_GLOBAL
                                                                : OP_DELETE_GLOBAL,
               name_index(name));
        }
        return;
    }
  }

  // ----- statements ----------------------------------------------------------------------
  void body(const ast::StmtList& stmts) {
    for (auto& s : stmts) stmt(*s);
  }

  void stmt(const ast::Stmt& s) {
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

  bool in_function() const {
    for (auto it = units_.rbegin(); it != units_.rend(); ++it) {
      auto t = (*it)->scope->type;
      if (t == Scope::Type::Function) return true;
      if (t == Scope::Type::Class || t == Scope::Type::Module) return false;
    }
    return false;
  }

  void return_stmt(const ast::Return& r) {
    if (unit().scope->type != Scope::Type::Function) fail(r.span, "SyntaxError", "'return' outside function");
    if (r.value && unit().scope->is_async && unit().scope->is_generator)
      fail(r.span, "SyntaxError", "'return' with value in async generator");
    if (r.value) expr(*r.value);
    else emit(OP_LOAD_CONST, const_none());
    unwind_fblocks(true, nullptr);
    LocGuard guard(this, kNoLine);
    emit(OP_RETURN_VALUE, 0);
  }

  void break_stmt(const ast::Stmt& s) {
    emit(OP_NOP, 0);
    FBlock* loop = nullptr;
    unwind_fblocks(false, &loop);
    if (!loop) fail(s.span, "SyntaxError", "'break' outside loop");
    LocGuard guard(this, kNoLine);
    if (loop->type == FBlock::Type::ForLoop) emit(OP_POP_TOP, 0);  // the iterator
    emit(OP_JUMP, uint32_t(loop->loop_exit));
  }

  void continue_stmt(const ast::Stmt& s) {
    emit(OP_NOP, 0);
    FBlock* loop = nullptr;
    unwind_fblocks(false, &loop);
    if (!loop) fail(s.span, "SyntaxError", "'continue' not properly in loop");
    LocGuard guard(this, kNoLine);
    jump_back(loop->loop_start);
  }

  // Emits what leaving the enclosing blocks requires. With `loop_out`, stops at the innermost
  // loop (break/continue) and reports it; otherwise unwinds everything (return).
  // `preserve_tos`: a return value sits on top of the stack and must survive.
  void unwind_fblocks(bool preserve_tos, FBlock** loop_out) {
    Unit& u = unit();
    std::vector<FBlock> saved = u.fblocks;
    std::vector<int> saved_handlers = u.handler_stack;
    while (!u.fblocks.empty()) {
      FBlock top = u.fblocks.back();
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

  void unwind_one(const FBlock& b, bool preserve_tos) {
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
        break;
    }
  }

  void call_exit_with_nones() {
    // exit(None, None, None) with the CALL convention [callable, self, args]: the exit method
    // stands in the callable slot and the first None in the self slot.
    emit(OP_LOAD_CONST, const_none());
    emit(OP_LOAD_CONST, const_none());
    emit(OP_LOAD_CONST, const_none());
    emit(OP_CALL, 2);
  }

  void await_top() {
    emit(OP_GET_AWAITABLE, 2);
    emit(OP_LOAD_CONST, const_none());
    yield_from_loop();
  }

  // it v -> result: the SEND / YIELD_VALUE loop behind `await` and `yield from`.
  void yield_from_loop() {
    int send = new_label();
    int exit = new_label();
    bind(send);
    emit(OP_SEND, uint32_t(exit));
    emit(OP_YIELD_VALUE, 0);
    emit(OP_JUMP, uint32_t(send));  // not a backward edge for line events (CPython: NO_INTERRUPT)
    bind(exit);
  }

  void function_def(const ast::FunctionDef& f) {
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

  std::string qualname_for(const std::string& name) {
    // Like CPython: f, C.m, f.<locals>.g
    if (units_.size() <= 1) return name;
    Unit& parent = unit();
    if (parent.scope->type == Scope::Type::Module) return name;
    std::string base = parent.code->qualname;
    if (parent.scope->type == Scope::Type::Function || parent.scope->type == Scope::Type::Comprehension)
      return base + ".<locals>." + name;
    return base + "." + name;
  }

  template <class BodyFn>
  void make_function(Scope* scope, const std::string& name, const ast::Arguments& args,
                     int firstline, const ast::Span& def_span, BodyFn&& emit_body) {
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

  void emit_closure_and_make(const Value& code_value, uint32_t flags) {
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

  void class_def(const ast::ClassDef& c) {
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

  void aug_assign(const ast::AugAssign& a) {
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

  void store_target(const ast::Expr& t) {
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

  void unpack_into(const ast::ExprList& elts, const ast::Span& at) {
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

  void delete_target(const ast::Expr& t) {
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

  void if_stmt(const ast::If& s) {
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
  void jump_if(const ast::Expr& test, int label, bool when) {
    expr(test);
    LocGuard guard(this, test.span);
    emit(when ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, uint32_t(label));
  }

  static bool is_constant_true(const ast::Expr& e) {
    if (e.kind != ast::ExprKind::Constant) return false;
    auto& c = static_cast<const ast::Constant&>(e);
    return c.type == ast::Constant::Type::True ||
           (c.type == ast::Constant::Type::Int && c.int_value != 0);
  }

  void while_stmt(const ast::While& s) {
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

  void for_stmt(const ast::For& s) {
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

  void async_for(const ast::For& s) {
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

  void with_stmt(const ast::With& s, size_t item_index) {
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

  void try_stmt(const ast::Try& s) {
    if (!s.finalbody.empty()) try_finally(s);
    else try_except(s);
  }

  void try_finally(const ast::Try& s) {
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
    if (!s.handlers.empty()) try_except_body(s);
    else body(s.body);
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

  void try_except(const ast::Try& s) {
    {
      LocGuard guard(this, s.span);
      emit(OP_NOP, 0);
    }
    try_except_body(s);
  }

  void try_except_body(const ast::Try& s) {
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
    int hc = push_handler(cleanup, unit().depth - 1);
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
          emit(OP_LOAD_CONST, const_none());
          name_op(eh.name, Access::Store, kNoLine);
          name_op(eh.name, Access::Del, kNoLine);
          emit(OP_JUMP, uint32_t(end));
        }
        // An exception inside the handler body: unbind the name, then keep propagating.
        bind_handler(name_cleanup);
        LocGuard g3(this, kNoLine);
        emit(OP_LOAD_CONST, const_none());
        name_op(eh.name, Access::Store, kNoLine);
        name_op(eh.name, Access::Del, kNoLine);
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
    (void)hc;
    pop_handler();
    bind_handler(cleanup);
    {
      LocGuard guard(this, kNoLine);
      emit(OP_CLEANUP_RERAISE, 0);
    }
    bind(orelse);
    body(s.orelse);
    bind(end);
  }

  void import_stmt(const ast::Import& s) {
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

  void import_from(const ast::ImportFrom& s) {
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

  // ----- expressions ---------------------------------------------------------------------
  void expr(const ast::Expr& e) {
    LocGuard guard(this, e.span);
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::Name:
        name_op(static_cast<const ast::Name&>(e).id, Access::Load, e.span);
        break;
      case K::Constant:
        emit(OP_LOAD_CONST, constant(static_cast<const ast::Constant&>(e)));
        break;
      case K::JoinedStr: {
        auto& j = static_cast<const ast::JoinedStr&>(e);
        if (j.values.empty()) {
          emit(OP_LOAD_CONST, const_str(""));
          break;
        }
        for (auto& v : j.values) expr(*v);
        if (j.values.size() > 1) emit(OP_BUILD_STRING, uint32_t(j.values.size()));
        else if (j.values[0]->kind == K::Constant) break;
        break;
      }
      case K::FormattedValue: {
        auto& f = static_cast<const ast::FormattedValue&>(e);
        expr(*f.value);
        uint32_t flags = f.conversion == 's' ? 1 : f.conversion == 'r' ? 2 : f.conversion == 'a' ? 3 : 0;
        if (f.format_spec) {
          expr(*f.format_spec);
          flags |= 4;
        }
        emit(OP_FORMAT_VALUE, flags);
        break;
      }
      case K::BinOp: {
        auto& b = static_cast<const ast::BinOp&>(e);
        if (b.op == ast::BinOpKind::MatMult) fail(e.span, "error", "the '@' operator is not supported by looplab");
        expr(*b.left);
        expr(*b.right);
        emit(OP_BINARY_OP, uint32_t(b.op));
        break;
      }
      case K::UnaryOp: {
        auto& u = static_cast<const ast::UnaryOp&>(e);
        expr(*u.operand);
        switch (u.op) {
          case ast::UnaryOpKind::Invert: emit(OP_UNARY_INVERT, 0); break;
          case ast::UnaryOpKind::Not: emit(OP_UNARY_NOT, 0); break;
          case ast::UnaryOpKind::UAdd: emit(OP_UNARY_POSITIVE, 0); break;
          case ast::UnaryOpKind::USub: emit(OP_UNARY_NEGATIVE, 0); break;
        }
        break;
      }
      case K::BoolOp: {
        auto& b = static_cast<const ast::BoolOp&>(e);
        int end = new_label();
        for (size_t i = 0; i < b.values.size(); ++i) {
          expr(*b.values[i]);
          if (i + 1 < b.values.size())
            emit(b.op == ast::BoolOpKind::And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP,
                 uint32_t(end));
        }
        bind(end);
        break;
      }
      case K::Compare: compare(static_cast<const ast::Compare&>(e)); break;
      case K::Call: call(static_cast<const ast::Call&>(e)); break;
      case K::Attribute: {
        auto& a = static_cast<const ast::Attribute&>(e);
        expr(*a.value);
        emit(OP_LOAD_ATTR, attr_index(a.attr));
        break;
      }
      case K::Subscript: {
        auto& s = static_cast<const ast::Subscript&>(e);
        expr(*s.value);
        expr(*s.index);
        emit(OP_BINARY_SUBSCR, 0);
        break;
      }
      case K::Slice: {
        auto& s = static_cast<const ast::Slice&>(e);
        if (s.lower) expr(*s.lower); else emit(OP_LOAD_CONST, const_none());
        if (s.upper) expr(*s.upper); else emit(OP_LOAD_CONST, const_none());
        if (s.step) {
          expr(*s.step);
          emit(OP_BUILD_SLICE, 3);
        } else {
          emit(OP_BUILD_SLICE, 2);
        }
        break;
      }
      case K::Starred:
        fail(e.span, "SyntaxError", "can't use starred expression here");
      case K::List: sequence(static_cast<const ast::List&>(e).elts, OP_BUILD_LIST); break;
      case K::Tuple: sequence(static_cast<const ast::Tuple&>(e).elts, OP_BUILD_TUPLE); break;
      case K::Set: sequence(static_cast<const ast::Set&>(e).elts, OP_BUILD_SET); break;
      case K::Dict: dict_display(static_cast<const ast::Dict&>(e)); break;
      case K::IfExp: {
        auto& i = static_cast<const ast::IfExp&>(e);
        int orelse = new_label();
        int end = new_label();
        jump_if(*i.test, orelse, false);
        expr(*i.body);
        {
          LocGuard g2(this, kNoLine);
          emit(OP_JUMP, uint32_t(end));
        }
        bind(orelse);
        expr(*i.orelse);
        bind(end);
        break;
      }
      case K::Lambda: {
        auto& l = static_cast<const ast::Lambda&>(e);
        Scope* scope = table_.scope_for(&l);
        make_function(scope, "<lambda>", l.args, e.span.line, e.span, [&] {
          expr(*l.body);
          LocGuard g2(this, kNoLine);
          emit(OP_RETURN_VALUE, 0);
        });
        break;
      }
      case K::NamedExpr: {
        auto& n = static_cast<const ast::NamedExpr&>(e);
        expr(*n.value);
        emit(OP_COPY, 1);
        auto& target = static_cast<const ast::Name&>(*n.target);
        name_op(target.id, Access::Store, target.span);
        break;
      }
      case K::ListComp:
      case K::SetComp:
      case K::DictComp:
      case K::GeneratorExp:
        comprehension(static_cast<const ast::Comp&>(e));
        break;
      case K::Await: {
        Scope* scope = unit().scope;
        if (scope->type == Scope::Type::Module || scope->type == Scope::Type::Class)
          fail(e.span, "SyntaxError", "'await' outside function");
        if (!scope->is_async) {
          if (scope->type == Scope::Type::Comprehension)
            fail(e.span, "SyntaxError", "asynchronous comprehension outside of an asynchronous function");
          fail(e.span, "SyntaxError", "'await' outside async function");
        }
        expr(*static_cast<const ast::Await&>(e).value);
        emit(OP_GET_AWAITABLE, 0);
        emit(OP_LOAD_CONST, const_none());
        yield_from_loop();
        break;
      }
      case K::Yield: {
        if (!unit().scope->is_function_like()) fail(e.span, "SyntaxError", "'yield' outside function");
        auto& y = static_cast<const ast::Yield&>(e);
        if (y.value) expr(*y.value);
        else emit(OP_LOAD_CONST, const_none());
        emit(OP_YIELD_VALUE, 0);
        break;
      }
      case K::YieldFrom: {
        if (!unit().scope->is_function_like()) fail(e.span, "SyntaxError", "'yield' outside function");
        if (unit().scope->is_async) fail(e.span, "SyntaxError", "'yield from' inside async function");
        expr(*static_cast<const ast::YieldFrom&>(e).value);
        emit(OP_GET_YIELD_FROM_ITER, 0);
        emit(OP_LOAD_CONST, const_none());
        yield_from_loop();
        break;
      }
    }
  }

  uint32_t constant(const ast::Constant& c) {
    using T = ast::Constant::Type;
    switch (c.type) {
      case T::None: return const_none();
      case T::True: return add_const(Value::boolean(true));
      case T::False: return add_const(Value::boolean(false));
      case T::Ellipsis: return add_const(ellipsis());
      case T::Int: return add_const(Value::integer(c.int_value));
      case T::BigInt: {
        mpz_class v;
        std::string digits = c.big_digits;
        digits.erase(std::remove(digits.begin(), digits.end(), '_'), digits.end());
        v.set_str(digits, 0);  // base 0: accepts 0x / 0o / 0b prefixes
        return add_const(new_int(v));
      }
      case T::Float: {
        auto& consts = unit().code->consts;
        consts.push_back(Value::real(c.float_value));
        return uint32_t(consts.size() - 1);
      }
      case T::Str: return add_const(new_str(c.str_value));
      case T::Bytes: fail(c.span, "error", "bytes literals are not supported by looplab");
    }
    return const_none();
  }

  void sequence(const ast::ExprList& elts, Opcode build) {
    bool starred = false;
    for (auto& e : elts) starred = starred || e->kind == ast::ExprKind::Starred;
    if (!starred) {
      for (auto& e : elts) expr(*e);
      emit(build, uint32_t(elts.size()));
      return;
    }
    // With *unpacking: build a list (or set) incrementally.
    Opcode container = build == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST;
    Opcode append = build == OP_BUILD_SET ? OP_SET_ADD : OP_LIST_APPEND;
    Opcode extend = build == OP_BUILD_SET ? OP_SET_UPDATE : OP_LIST_EXTEND;
    emit(container, 0);
    for (auto& e : elts) {
      if (e->kind == ast::ExprKind::Starred) {
        expr(*static_cast<const ast::Starred&>(*e).value);
        emit(extend, 1);
      } else {
        expr(*e);
        emit(append, 1);
      }
    }
    if (build == OP_BUILD_TUPLE) emit(OP_LIST_TO_TUPLE, 0);
  }

  void dict_display(const ast::Dict& d) {
    bool unpack = false;
    for (auto& k : d.keys) unpack = unpack || !k;
    if (!unpack) {
      for (size_t i = 0; i < d.keys.size(); ++i) {
        expr(*d.keys[i]);
        expr(*d.values[i]);
      }
      emit(OP_BUILD_MAP, uint32_t(d.keys.size()));
      return;
    }
    emit(OP_BUILD_MAP, 0);
    for (size_t i = 0; i < d.keys.size(); ++i) {
      if (!d.keys[i]) {
        expr(*d.values[i]);
        emit(OP_DICT_UPDATE, 1);
      } else {
        expr(*d.keys[i]);
        expr(*d.values[i]);
        emit(OP_MAP_ADD, 1);
      }
    }
  }

  void compare(const ast::Compare& c) {
    expr(*c.left);
    auto emit_cmp = [&](ast::CmpOpKind op) {
      switch (op) {
        case ast::CmpOpKind::Is: emit(OP_IS_OP, 0); break;
        case ast::CmpOpKind::IsNot: emit(OP_IS_OP, 1); break;
        case ast::CmpOpKind::In: emit(OP_CONTAINS_OP, 0); break;
        case ast::CmpOpKind::NotIn: emit(OP_CONTAINS_OP, 1); break;
        default: emit(OP_COMPARE_OP, uint32_t(op)); break;
      }
    };
    if (c.ops.size() == 1) {
      expr(*c.comparators[0]);
      emit_cmp(c.ops[0]);
      return;
    }
    int cleanup = new_label();
    int end = new_label();
    for (size_t i = 0; i + 1 < c.ops.size(); ++i) {
      expr(*c.comparators[i]);
      emit(OP_SWAP, 2);
      emit(OP_COPY, 2);
      emit_cmp(c.ops[i]);
      emit(OP_JUMP_IF_FALSE_OR_POP, uint32_t(cleanup));
    }
    expr(*c.comparators.back());
    emit_cmp(c.ops.back());
    {
      LocGuard guard(this, kNoLine);
      emit(OP_JUMP, uint32_t(end));
    }
    bind(cleanup);
    {
      LocGuard guard(this, kNoLine);
      emit(OP_SWAP, 2);
      emit(OP_POP_TOP, 0);
    }
    bind(end);
  }

  void call(const ast::Call& c) {
    bool complex_args = false;
    for (auto& a : c.args) complex_args = complex_args || a->kind == ast::ExprKind::Starred;
    for (auto& k : c.keywords) complex_args = complex_args || k.name.empty();
    if (complex_args) return call_ex(c);
    if (c.func->kind == ast::ExprKind::Attribute) {
      auto& a = static_cast<const ast::Attribute&>(*c.func);
      expr(*a.value);
      LocGuard guard(this, c.func->span);
      emit(OP_LOAD_METHOD, attr_index(a.attr));
    } else {
      emit(OP_PUSH_NULL, 0);
      expr(*c.func);
    }
    for (auto& a : c.args) expr(*a);
    if (c.keywords.empty()) {
      emit(OP_CALL, uint32_t(c.args.size()));
      return;
    }
    std::vector<Value> names;
    for (auto& k : c.keywords) {
      for (auto& seen : names)
        if (seen.as<Str>()->s == k.name) fail(k.span, "SyntaxError", "keyword argument repeated: " + k.name);
      expr(*k.value);
      names.push_back(intern(k.name));
    }
    emit(OP_LOAD_CONST, add_const(new_tuple(std::move(names))));
    emit(OP_CALL_KW, uint32_t(c.args.size() + c.keywords.size()));
  }

  void call_ex(const ast::Call& c) {
    emit(OP_PUSH_NULL, 0);
    expr(*c.func);
    sequence(c.args, OP_BUILD_TUPLE);
    uint32_t flags = 0;
    if (!c.keywords.empty()) {
      emit(OP_BUILD_MAP, 0);
      for (auto& k : c.keywords) {
        if (k.name.empty()) {
          expr(*k.value);
          emit(OP_DICT_MERGE, 1);
        } else {
          emit(OP_LOAD_CONST, const_str(k.name));
          expr(*k.value);
          emit(OP_MAP_ADD, 1);
        }
      }
      flags = 1;
    }
    LocGuard guard(this, c.span);
    emit(OP_CALL_EX, flags);
  }

  void comprehension(const ast::Comp& c) {
    Scope* scope = table_.scope_for(&c);
    const char* name = c.kind == ast::ExprKind::ListComp  ? "<listcomp>"
                       : c.kind == ast::ExprKind::SetComp ? "<setcomp>"
                       : c.kind == ast::ExprKind::DictComp ? "<dictcomp>"
                                                          : "<genexpr>";
    bool is_gen = c.kind == ast::ExprKind::GeneratorExp;
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

  void comprehension_generator(const ast::Comp& c, size_t index) {
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

  Value ellipsis();

  const std::string& path_;
  std::string_view source_;
  SymbolTable& table_;
  bool library_;
  std::vector<std::unique_ptr<Unit>> units_;
  FBlock saved_loop_{FBlock::Type::WhileLoop};
};

Value Compiler::ellipsis() { return ellipsis_value(); }

}  // namespace

bool is_importable_module(const std::string& name) {
  return name == "asyncio" || name == "time" || name == "random";
}

CompileResult compile_module(const ast::Module& module, const std::string& path,
                             std::string_view source, bool library) {
  CompileResult result;
  SymtableResult symtable = build_symtable(module, path);
  if (symtable.error) {
    result.error = symtable.error;
    // Quote the offending line, as every other diagnostic does.
    if (result.error->line > 0 && result.error->source_line.empty())
      result.error->source_line = source_line_at(source, result.error->line);
    return result;
  }
  try {
    Compiler compiler(path, source, symtable.table, library);
    result.code = compiler.compile(module);
  } catch (CompileError& e) {
    result.error = e.diag;
  }
  return result;
}

}  // namespace looplab
