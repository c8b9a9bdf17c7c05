// The compiler's own declarations, shared by its source files and by nothing else:
//   compiler.cpp               the driver, code objects under construction, emission, labels,
//                              exception handlers, constants and names
//   compile_stmt.cpp           statements: assignments, loops, `if`, `return`/`break`/`continue`
//                              and the blocks they unwind, imports
//   compile_try.cpp            `try` (`except`, `except*`, `finally`) and `with`
//   compile_expr.cpp           expressions, calls, `await`
//   compile_function.cpp       functions, lambdas' code objects, classes
//   compile_comprehension.cpp  comprehensions and generator expressions
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/ast.h"
#include "core/code.h"
#include "core/compiler.h"
#include "core/engine.h"
#include "core/opcodes.h"
#include "core/runtime.h"
#include "core/symtable.h"
#include "core/value.h"

namespace looplab::codegen {

struct CompileError {
  Diagnostic diag;
};

// What a `return`, `break` or `continue` must undo on its way out (CPython's fblock).
struct FBlock {
  enum class Type {
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith,
    HandlerCleanup, PopValue, ExceptionHandler,
    // The clauses of a `try ... except*`: no jump may leave them (CPython's
    // EXCEPTION_GROUP_HANDLER), since what they leave unhandled must still be re-raised.
    ExceptionGroupHandler,
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

// How an instruction changes the depth of the value stack; `jump`: when it takes its jump.
int stack_effect(Opcode op, uint32_t arg, bool jump);
bool is_jump(Opcode op);
// No instruction after this one runs unless something jumps to it.
bool ends_flow(Opcode op);

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
  // Jumps to take the line of the given span when they lead straight to the implicit `return None`
  // at the end of the code: CPython's optimizer copies that return in place of the jump, and gives
  // it the line of the nearest instruction before it that has one (guarantee_lineno_for_exits).
  std::vector<std::pair<int, ast::Span>> jumps_lined_at_exit;
};

// The location of instructions that have no line of their own.
inline const ast::Span kNoLine{};

class Compiler {
 public:
  Compiler(const std::string& path, std::string_view source, SymbolTable& table, bool library)
      : path_(path), source_(source), table_(table), library_(library) {}

  Value compile(const ast::Module& module);

 private:
  // ----- diagnostics (compiler.cpp) ------------------------------------------------------
  [[noreturn]] void fail(const ast::Span& at, const std::string& kind, const std::string& msg);

  // ----- units (compiler.cpp) ------------------------------------------------------------
  Unit& unit() { return *units_.back(); }
  void enter(Scope* scope, const std::string& name, const std::string& qualname, int firstline,
             uint32_t flags);
  static void add_varname(Unit& u, const std::string& n);
  static bool jumps_to_implicit_return(const Unit& u, int jump);
  Value leave();

  // ----- emission (compiler.cpp) ---------------------------------------------------------
  int emit(Opcode op, uint32_t arg);
  int new_label();
  void bind(int label);
  // A jump back to `label`, which was bound earlier.
  void jump_back(int label) { emit(OP_JUMP_BACKWARD, uint32_t(label)); }
  int push_handler(int label, int depth);
  void pop_handler() { unit().handler_stack.pop_back(); }
  // Handlers target labels that the normal flow never falls into.
  void bind_handler(int label);

  // Sets the location of the instructions emitted while it lives.
  struct LocGuard {
    Compiler* c;
    ast::Span saved;
    LocGuard(Compiler* compiler, const ast::Span& s) : c(compiler), saved(compiler->unit().loc) {
      compiler->unit().loc = s;
    }
    ~LocGuard() { c->unit().loc = saved; }
  };

  // ----- constants and names (compiler.cpp) ----------------------------------------------
  uint32_t add_const(Value v);
  uint32_t const_none() { return add_const(Value::none()); }
  uint32_t const_str(const std::string& s) { return add_const(intern(s)); }
  uint32_t name_index(const std::string& name);
  int cell_index(const std::string& name);

  enum class Access { Load, Store, Del };

  // Attribute names are mangled like variable names inside a class (`self.__x`).
  uint32_t attr_index(const std::string& attr) { return name_index(mangle(unit().scope, attr)); }
  void name_op(const std::string& raw_name, Access access, const ast::Span& at);

  // ----- statements (compile_stmt.cpp) ---------------------------------------------------
  void body(const ast::StmtList& stmts);
  void stmt(const ast::Stmt& s);
  bool in_function() const;
  void return_stmt(const ast::Return& r);
  void break_stmt(const ast::Stmt& s);
  void continue_stmt(const ast::Stmt& s);
  void unwind_fblocks(bool preserve_tos, FBlock** loop_out, const ast::Span& at);
  void unwind_one(const FBlock& b, bool preserve_tos);
  void aug_assign(const ast::AugAssign& a);
  void store_target(const ast::Expr& t);
  void unpack_into(const ast::ExprList& elts, const ast::Span& at);
  void delete_target(const ast::Expr& t);
  void if_stmt(const ast::If& s);
  void jump_if(const ast::Expr& test, int label, bool when);
  static bool is_constant_true(const ast::Expr& e);
  void while_stmt(const ast::While& s);
  void for_stmt(const ast::For& s);
  void async_for(const ast::For& s);
  void import_stmt(const ast::Import& s);
  void import_from(const ast::ImportFrom& s);

  // ----- exceptions and context managers (compile_try.cpp) -------------------------------
  void call_exit_with_nones();
  void with_stmt(const ast::With& s, size_t item_index);
  void try_stmt(const ast::Try& s);
  void try_finally(const ast::Try& s);
  void try_except(const ast::Try& s);
  void try_except_body(const ast::Try& s);
  void except_clauses(const ast::Try& s, int end);
  void except_star_clauses(const ast::Try& s, int end);
  void star_clause(const ast::ExceptHandler& eh, int next_clause);
  void unbind_handler_name(const std::string& name);

  // ----- expressions (compile_expr.cpp) --------------------------------------------------
  void expr(const ast::Expr& e);
  uint32_t constant(const ast::Constant& c);
  void sequence(const ast::ExprList& elts, Opcode build);
  void dict_display(const ast::Dict& d);
  void compare(const ast::Compare& c);
  void call(const ast::Call& c);
  void call_ex(const ast::Call& c);
  void await_top();
  void yield_from_loop();

  // ----- functions and classes (compile_function.cpp) ------------------------------------
  void function_def(const ast::FunctionDef& f);
  std::string qualname_for(const std::string& name);
  void make_function(Scope* scope, const std::string& name, const ast::Arguments& args,
                     int firstline, const ast::Span& def_span,
                     const std::function<void()>& emit_body);
  void emit_closure_and_make(const Value& code_value, uint32_t flags);
  void class_def(const ast::ClassDef& c);

  // ----- comprehensions (compile_comprehension.cpp) --------------------------------------
  void comprehension(const ast::Comp& c);
  void comprehension_generator(const ast::Comp& c, size_t index);

  const std::string& path_;
  std::string_view source_;
  SymbolTable& table_;
  bool library_;
  std::vector<std::unique_ptr<Unit>> units_;
  FBlock saved_loop_{FBlock::Type::WhileLoop};
};

}  // namespace looplab::codegen
