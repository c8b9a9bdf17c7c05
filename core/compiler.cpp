// The compiler's driver and its plumbing: code objects under construction, instruction emission
// with stack depths, jump labels, the exception table, constants and name resolution.
#include "core/compiler.h"

#include <algorithm>
#include <cassert>

#include "core/compiler_internal.h"

namespace looplab::codegen {

int stack_effect(Opcode op, uint32_t arg, bool jump) {
  switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_NOT:
    case OP_UNARY_INVERT: case OP_LIST_TO_TUPLE: case OP_GET_ITER: case OP_GET_AWAITABLE:
    case OP_GET_YIELD_FROM_ITER: case OP_YIELD_VALUE: case OP_CHECK_EXC_MATCH:
    case OP_SETUP_ANNOTATIONS: case OP_GET_AITER: case OP_JUMP: case OP_JUMP_BACKWARD:
    case OP_CHECK_EG_MATCH:
      return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL:
    case OP_STORE_NAME: case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_COMPARE_OP:
    case OP_IS_OP: case OP_CONTAINS_OP: case OP_BINARY_SUBSCR: case OP_LIST_APPEND:
    case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE:
    case OP_DICT_MERGE: case OP_RETURN_VALUE: case OP_RERAISE: case OP_POP_EXCEPT:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_BACKWARD_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_PREP_RERAISE_STAR:
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

Value Compiler::compile(const ast::Module& module) {
  enter(table_.module.get(), "<module>", "<module>", 1, 0);
  unit().code->firstlineno = 1;
  for (auto& s : module.body) stmt(*s);
  unit().loc = kNoLine;
  emit(OP_LOAD_CONST, const_none());
  emit(OP_RETURN_VALUE, 0);
  return leave();
}

void Compiler::fail(const ast::Span& at, const std::string& kind, const std::string& msg) {
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

void Compiler::enter(Scope* scope, const std::string& name, const std::string& qualname,
                     int firstline, uint32_t flags) {
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

void Compiler::add_varname(Unit& u, const std::string& n) {
  if (u.varnames.count(n)) return;
  u.varnames[n] = int(u.code->varnames.size());
  u.code->varnames.push_back(n);
}

// Whether the (resolved) jump at `jump` only leads, through other jumps without a line, to the
// `return None` that ends the code.
bool Compiler::jumps_to_implicit_return(const Unit& u, int jump) {
  size_t at = instr_arg(u.instrs[size_t(jump)]);
  while (at < u.instrs.size() && instr_op(u.instrs[at]) == OP_JUMP && u.spans[at].line == 0 &&
         instr_arg(u.instrs[at]) > at)
    at = instr_arg(u.instrs[at]);
  return at + 1 < u.instrs.size() && instr_op(u.instrs[at]) == OP_LOAD_CONST &&
         u.code->consts[instr_arg(u.instrs[at])].is_none() && u.spans[at].line == 0 &&
         instr_op(u.instrs[at + 1]) == OP_RETURN_VALUE && u.spans[at + 1].line == 0;
}

Value Compiler::leave() {
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
  for (auto& [jump, span] : u.jumps_lined_at_exit) {
    if (jumps_to_implicit_return(u, jump)) u.spans[size_t(jump)] = span;
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

int Compiler::emit(Opcode op, uint32_t arg) {
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

int Compiler::new_label() {
  unit().label_pos.push_back(-1);
  unit().label_depth.push_back(-1);
  return int(unit().label_pos.size()) - 1;
}

void Compiler::bind(int label) {
  Unit& u = unit();
  u.label_pos[label] = int(u.instrs.size());
  if (u.label_depth[label] >= 0) {
    if (!u.reachable) u.depth = u.label_depth[label];
  } else {
    u.label_depth[label] = u.depth;
  }
  u.reachable = true;
}

int Compiler::push_handler(int label, int depth) {
  Unit& u = unit();
  u.handlers.push_back({label, depth});
  int id = int(u.handlers.size()) - 1;
  u.handler_stack.push_back(id);
  u.label_depth[label] = depth + 1;  // the handler starts with the exception pushed
  return id;
}

// Handlers target labels that the normal flow never falls into.
void Compiler::bind_handler(int label) {
  Unit& u = unit();
  u.reachable = false;
  bind(label);
}

uint32_t Compiler::add_const(Value v) {
  auto& consts = unit().code->consts;
  for (size_t i = 0; i < consts.size(); ++i) {
    if (consts[i].tag() == v.tag() && consts[i].identical(v))
      return uint32_t(i);
  }
  consts.push_back(std::move(v));
  return uint32_t(consts.size() - 1);
}

uint32_t Compiler::name_index(const std::string& name) {
  Unit& u = unit();
  auto it = u.names.find(name);
  if (it != u.names.end()) return uint32_t(it->second);
  u.code->names.push_back(intern(name));
  int idx = int(u.code->names.size()) - 1;
  u.names[name] = idx;
  return uint32_t(idx);
}

int Compiler::cell_index(const std::string& name) {
  Code* code = unit().code;
  for (size_t i = 0; i < code->cellvars.size(); ++i)
    if (code->cellvars[i] == name) return int(i);
  for (size_t i = 0; i < code->freevars.size(); ++i)
    if (code->freevars[i] == name) return int(code->cellvars.size() + i);
  return -1;
}

void Compiler::name_op(const std::string& raw_name, Access access, const ast::Span& at) {
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

}  // namespace looplab::codegen

namespace looplab {

bool is_importable_module(const std::string& name) {
  return name == "asyncio" || name == "time" || name == "random" || name == "gc";
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
    codegen::Compiler compiler(path, source, symtable.table, library);
    result.code = compiler.compile(module);
  } catch (codegen::CompileError& e) {
    result.error = e.diag;
  }
  return result;
}

}  // namespace looplab
