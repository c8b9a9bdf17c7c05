// The abstract syntax tree of a scenario file, modelled on CPython's `ast` module.
// Every node carries its source span so that the compiler can give each instruction the
// exact sub-expression it evaluates (the UI highlights it) and CPython's line numbers.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace looplab::ast {

// line: 1-based; col: 0-based, counted in Unicode code points; end is exclusive.
struct Span {
  int32_t line = 0;
  int32_t col = 0;
  int32_t end_line = 0;
  int32_t end_col = 0;
};

enum class ExprKind : uint8_t {
  Name, Constant, JoinedStr, FormattedValue,
  BinOp, UnaryOp, BoolOp, Compare,
  Call, Attribute, Subscript, Slice, Starred,
  List, Tuple, Set, Dict,
  IfExp, Lambda, NamedExpr,
  ListComp, SetComp, DictComp, GeneratorExp,
  Await, Yield, YieldFrom,
};

// Whether an expression is read, assigned to or deleted (CPython's expr_context).
enum class Ctx : uint8_t { Load, Store, Del };

enum class BinOpKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd,
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr {
  ExprKind kind;
  Span span;
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
};
using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

struct Name : Expr {
  std::string id;
  Ctx ctx = Ctx::Load;
  Name() : Expr(ExprKind::Name) {}
};

// A literal. Integers keep their decimal digits when they do not fit in 64 bits.
struct Constant : Expr {
  enum class Type : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Str, Bytes };
  Type type = Type::None;
  int64_t int_value = 0;
  // BigInt (no sign; literals are never negative): in the form mpz_set_str(z, s, 0) reads:
  // decimal digits, or "0x..."/"0b..." for hex/binary literals and "0..." for octal ones
  // (Python's "0o" prefix rewritten), without '_'.
  std::string big_digits;
  double float_value = 0.0;
  std::string str_value;   // Str: UTF-8 text after escapes; Bytes: raw bytes
  Constant() : Expr(ExprKind::Constant) {}
};

// f"..." : a sequence of Constant(Str) and FormattedValue parts.
struct JoinedStr : Expr {
  ExprList values;
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
};

struct FormattedValue : Expr {
  ExprPtr value;
  char conversion = 0;   // 0, 's', 'r' or 'a'
  ExprPtr format_spec;   // JoinedStr or null
  // For the "{x=}" form the parser emits a Constant("x=") before this node and sets
  // conversion to 'r' when no conversion/spec was given, exactly as CPython does.
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
};

struct BinOp : Expr {
  BinOpKind op;
  ExprPtr left, right;
  BinOp() : Expr(ExprKind::BinOp) {}
};

struct UnaryOp : Expr {
  UnaryOpKind op;
  ExprPtr operand;
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
};

struct BoolOp : Expr {
  BoolOpKind op;
  ExprList values;  // two or more
  BoolOp() : Expr(ExprKind::BoolOp) {}
};

// a < b <= c : left = a, ops = {Lt, LtE}, comparators = {b, c}
struct Compare : Expr {
  ExprPtr left;
  std::vector<CmpOpKind> ops;
  ExprList comparators;
  Compare() : Expr(ExprKind::Compare) {}
};

// f(a, *b, k=v, **d): positional args may contain Starred; a keyword with an empty
// name is a `**mapping` argument.
struct Keyword {
  std::string name;
  ExprPtr value;
  Span span;
};

struct Call : Expr {
  ExprPtr func;
  ExprList args;
  std::vector<Keyword> keywords;
  Call() : Expr(ExprKind::Call) {}
};

struct Attribute : Expr {
  ExprPtr value;
  std::string attr;
  Ctx ctx = Ctx::Load;
  Attribute() : Expr(ExprKind::Attribute) {}
};

// x[i], x[a:b], x[a:b, c] (index is a Tuple then)
struct Subscript : Expr {
  ExprPtr value;
  ExprPtr index;
  Ctx ctx = Ctx::Load;
  Subscript() : Expr(ExprKind::Subscript) {}
};

struct Slice : Expr {
  ExprPtr lower, upper, step;  // each may be null
  Slice() : Expr(ExprKind::Slice) {}
};

struct Starred : Expr {
  ExprPtr value;
  Ctx ctx = Ctx::Load;
  Starred() : Expr(ExprKind::Starred) {}
};

struct List : Expr {
  ExprList elts;
  Ctx ctx = Ctx::Load;
  List() : Expr(ExprKind::List) {}
};

struct Tuple : Expr {
  ExprList elts;
  Ctx ctx = Ctx::Load;
  bool parenthesized = false;
  Tuple() : Expr(ExprKind::Tuple) {}
};

struct Set : Expr {
  ExprList elts;
  Set() : Expr(ExprKind::Set) {}
};

// {k: v, **m}: a null key means `**values[i]`.
struct Dict : Expr {
  ExprList keys;
  ExprList values;
  Dict() : Expr(ExprKind::Dict) {}
};

struct IfExp : Expr {
  ExprPtr test, body, orelse;
  IfExp() : Expr(ExprKind::IfExp) {}
};

struct Arg {
  std::string name;
  Span span;
};

// def f(a, b=1, /, c, *args, d, e=2, **kw)
struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  std::unique_ptr<Arg> vararg;
  std::vector<Arg> kwonlyargs;
  ExprList kw_defaults;  // parallel to kwonlyargs; null where there is no default
  std::unique_ptr<Arg> kwarg;
  ExprList defaults;     // for the last len(defaults) of posonlyargs + args
};

struct Lambda : Expr {
  Arguments args;
  ExprPtr body;
  Lambda() : Expr(ExprKind::Lambda) {}
};

struct NamedExpr : Expr {
  ExprPtr target;  // a Name
  ExprPtr value;
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
};

struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  ExprList ifs;
  bool is_async = false;
  Span span;  // from `for` (or `async`) to the end of the last `if`
};

// ListComp / SetComp / GeneratorExp use `elt`; DictComp uses `key` and `value`.
struct Comp : Expr {
  ExprPtr elt;
  ExprPtr key, value;
  std::vector<Comprehension> generators;
  explicit Comp(ExprKind k) : Expr(k) {}
};

struct Await : Expr {
  ExprPtr value;
  Await() : Expr(ExprKind::Await) {}
};

struct Yield : Expr {
  ExprPtr value;  // may be null
  Yield() : Expr(ExprKind::Yield) {}
};

struct YieldFrom : Expr {
  ExprPtr value;
  YieldFrom() : Expr(ExprKind::YieldFrom) {}
};

// ---------------------------------------------------------------------------------------

enum class StmtKind : uint8_t {
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign,
  For, While, If, With, Raise, Try, Assert, Import, ImportFrom,
  Global, Nonlocal, ExprStmt, Pass, Break, Continue,
};

struct Stmt {
  StmtKind kind;
  Span span;  // the whole statement; for compound statements up to the end of the body
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
};

struct FunctionDef : Stmt {
  std::string name;
  Arguments args;
  StmtList body;
  ExprList decorators;
  ExprPtr returns;       // annotation, evaluated like CPython would not at runtime (kept for spans)
  bool is_async = false;
  Span name_span;
  FunctionDef() : Stmt(StmtKind::FunctionDef) {}
};

struct ClassDef : Stmt {
  std::string name;
  ExprList bases;
  std::vector<Keyword> keywords;
  StmtList body;
  ExprList decorators;
  Span name_span;
  ClassDef() : Stmt(StmtKind::ClassDef) {}
};

struct Return : Stmt {
  ExprPtr value;  // may be null
  Return() : Stmt(StmtKind::Return) {}
};

struct Delete : Stmt {
  ExprList targets;
  Delete() : Stmt(StmtKind::Delete) {}
};

// a = b = value : targets = {a, b}
struct Assign : Stmt {
  ExprList targets;
  ExprPtr value;
  Assign() : Stmt(StmtKind::Assign) {}
};

struct AugAssign : Stmt {
  ExprPtr target;
  BinOpKind op;
  ExprPtr value;
  AugAssign() : Stmt(StmtKind::AugAssign) {}
};

// x: int = 5 (the annotation is never evaluated for simple names inside functions)
struct AnnAssign : Stmt {
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;  // may be null
  bool simple = true;
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
};

struct For : Stmt {
  ExprPtr target;
  ExprPtr iter;
  StmtList body;
  StmtList orelse;
  bool is_async = false;
  For() : Stmt(StmtKind::For) {}
};

struct While : Stmt {
  ExprPtr test;
  StmtList body;
  StmtList orelse;
  While() : Stmt(StmtKind::While) {}
};

struct If : Stmt {
  ExprPtr test;
  StmtList body;
  StmtList orelse;  // an `elif` is a single nested If here, as in CPython
  If() : Stmt(StmtKind::If) {}
};

struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars;  // may be null
};

struct With : Stmt {
  std::vector<WithItem> items;
  StmtList body;
  bool is_async = false;
  With() : Stmt(StmtKind::With) {}
};

struct Raise : Stmt {
  ExprPtr exc;    // may be null (bare raise)
  ExprPtr cause;  // may be null
  Raise() : Stmt(StmtKind::Raise) {}
};

struct ExceptHandler {
  ExprPtr type;      // may be null (bare except)
  std::string name;  // may be empty
  StmtList body;
  Span span;         // the `except ...:` header line through the end of the body
};

struct Try : Stmt {
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse;
  StmtList finalbody;
  bool is_star = false;  // `except*` handlers (exception groups)
  Try() : Stmt(StmtKind::Try) {}
};

struct Assert : Stmt {
  ExprPtr test;
  ExprPtr msg;  // may be null
  Assert() : Stmt(StmtKind::Assert) {}
};

struct Alias {
  std::string name;    // dotted for `import a.b`
  std::string asname;  // may be empty
  Span span;
};

struct Import : Stmt {
  std::vector<Alias> names;
  Import() : Stmt(StmtKind::Import) {}
};

struct ImportFrom : Stmt {
  std::string module;  // may be empty for `from . import x`
  std::vector<Alias> names;  // a single "*" for `from m import *`
  int level = 0;
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
};

struct Global : Stmt {
  std::vector<std::string> names;
  Global() : Stmt(StmtKind::Global) {}
};

struct Nonlocal : Stmt {
  std::vector<std::string> names;
  Nonlocal() : Stmt(StmtKind::Nonlocal) {}
};

struct ExprStmt : Stmt {
  ExprPtr value;
  ExprStmt() : Stmt(StmtKind::ExprStmt) {}
};

struct Pass : Stmt {
  Pass() : Stmt(StmtKind::Pass) {}
};
struct Break : Stmt {
  Break() : Stmt(StmtKind::Break) {}
};
struct Continue : Stmt {
  Continue() : Stmt(StmtKind::Continue) {}
};

struct Module {
  StmtList body;
};

}  // namespace looplab::ast
