// Tests of core/parser: AST shapes and spans, and error messages and positions. The
// expected values of the two tables were produced by CPython 3.11.7 (`ast.parse` with
// columns converted to code points, and `python3 file.py` for the errors) and checked
// against this parser with a differential script; the other tests cover looplab's own
// choices (unsupported features, limits, robustness).
#include "core/parser.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <random>
#include <string>

namespace looplab {
namespace {

using namespace looplab::ast;

// A compact rendering of the tree: Kind@line:col-end_line:end_col(fields...).
// Comprehension and name spans are left out (CPython has none for them).
static std::string esc(const std::string& s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7f && c != '\\' && c != '"') o += c;
    else { char b[8]; snprintf(b, sizeof b, "\\x%02x", c); o += b; }
  }
  return o + "\"";
}
static std::string sp(const Span& s) { return "@" + std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" + std::to_string(s.end_col); }
static const char* ctx(Ctx c) { return c == Ctx::Load ? "Load" : c == Ctx::Store ? "Store" : "Del"; }
static const char* binop(BinOpKind k) { static const char* n[] = {"Add","Sub","Mult","MatMult","Div","FloorDiv","Mod","Pow","LShift","RShift","BitOr","BitXor","BitAnd"}; return n[(int)k]; }
static const char* unop(UnaryOpKind k) { static const char* n[] = {"Invert","Not","UAdd","USub"}; return n[(int)k]; }
static const char* cmpop(CmpOpKind k) { static const char* n[] = {"Eq","NotEq","Lt","LtE","Gt","GtE","Is","IsNot","In","NotIn"}; return n[(int)k]; }
std::string E(const Expr* e);
std::string S(const Stmt* st);
static std::string L(const ExprList& l) { std::string o = "["; for (size_t i = 0; i < l.size(); ++i) { if (i) o += ","; o += E(l[i].get()); } return o + "]"; }
static std::string A(const Arguments& a) {
  auto arg = [](const Arg& x) { return "Arg" + sp(x.span) + "(" + x.name + ")"; };
  std::string o = "Args(["; for (size_t i = 0; i < a.posonlyargs.size(); ++i) { if (i) o += ","; o += arg(a.posonlyargs[i]); }
  o += "],["; for (size_t i = 0; i < a.args.size(); ++i) { if (i) o += ","; o += arg(a.args[i]); }
  o += "]," + (a.vararg ? arg(*a.vararg) : std::string("-")) + ",[";
  for (size_t i = 0; i < a.kwonlyargs.size(); ++i) { if (i) o += ","; o += arg(a.kwonlyargs[i]); }
  o += "]," + L(a.kw_defaults) + "," + (a.kwarg ? arg(*a.kwarg) : std::string("-")) + "," + L(a.defaults) + ")";
  return o;
}
static std::string C(const std::vector<Comprehension>& g) {
  std::string o = "[";
  for (size_t i = 0; i < g.size(); ++i) { if (i) o += ","; o += "Comp(" + E(g[i].target.get()) + "," + E(g[i].iter.get()) + "," + L(g[i].ifs) + "," + (g[i].is_async ? "1" : "0") + ")"; }
  return o + "]";
}
std::string E(const Expr* e) {
  if (!e) return "-";
  std::string s = sp(e->span);
  switch (e->kind) {
    case ExprKind::Name: { auto& n = (const Name&)*e; return "Name" + s + "(" + n.id + " " + ctx(n.ctx) + ")"; }
    case ExprKind::Constant: {
      auto& c = (const Constant&)*e;
      std::string v;
      switch (c.type) {
        case Constant::Type::None: v = "None"; break; case Constant::Type::True: v = "True"; break;
        case Constant::Type::False: v = "False"; break; case Constant::Type::Ellipsis: v = "Ellipsis"; break;
        case Constant::Type::Int: v = "i:" + std::to_string(c.int_value); break;
        case Constant::Type::BigInt: v = "big:" + c.big_digits; break;
        case Constant::Type::Float: { char b[64]; auto r = std::to_chars(b, b + 64, c.float_value); v = "f:" + std::string(b, r.ptr); break; }
        case Constant::Type::Str: v = "s:" + esc(c.str_value); break;
        case Constant::Type::Bytes: v = "b:" + esc(c.str_value); break;
      }
      return "Const" + s + "(" + v + ")";
    }
    case ExprKind::JoinedStr: return "JoinedStr" + s + "(" + L(((const JoinedStr&)*e).values) + ")";
    case ExprKind::FormattedValue: { auto& f = (const FormattedValue&)*e; return "FV" + s + "(" + E(f.value.get()) + "," + std::string(f.conversion ? std::string(1, f.conversion) : "-") + "," + E(f.format_spec.get()) + ")"; }
    case ExprKind::BinOp: { auto& b = (const BinOp&)*e; return "BinOp" + s + "(" + E(b.left.get()) + "," + binop(b.op) + "," + E(b.right.get()) + ")"; }
    case ExprKind::UnaryOp: { auto& u = (const UnaryOp&)*e; return "UnaryOp" + s + "(" + unop(u.op) + "," + E(u.operand.get()) + ")"; }
    case ExprKind::BoolOp: { auto& b = (const BoolOp&)*e; return "BoolOp" + s + "(" + (b.op == BoolOpKind::And ? "And" : "Or") + "," + L(b.values) + ")"; }
    case ExprKind::Compare: { auto& c = (const Compare&)*e; std::string o = "Compare" + s + "(" + E(c.left.get()) + ",["; for (size_t i = 0; i < c.ops.size(); ++i) { if (i) o += ","; o += cmpop(c.ops[i]); } return o + "]," + L(c.comparators) + ")"; }
    case ExprKind::Call: { auto& c = (const Call&)*e; std::string o = "Call" + s + "(" + E(c.func.get()) + "," + L(c.args) + ",["; for (size_t i = 0; i < c.keywords.size(); ++i) { if (i) o += ","; o += "Kw" + sp(c.keywords[i].span) + "(" + (c.keywords[i].name.empty() ? "-" : c.keywords[i].name) + "," + E(c.keywords[i].value.get()) + ")"; } return o + "])"; }
    case ExprKind::Attribute: { auto& a = (const Attribute&)*e; return "Attr" + s + "(" + E(a.value.get()) + "," + a.attr + "," + ctx(a.ctx) + ")"; }
    case ExprKind::Subscript: { auto& a = (const Subscript&)*e; return "Sub" + s + "(" + E(a.value.get()) + "," + E(a.index.get()) + "," + ctx(a.ctx) + ")"; }
    case ExprKind::Slice: { auto& a = (const Slice&)*e; return "Slice" + s + "(" + E(a.lower.get()) + "," + E(a.upper.get()) + "," + E(a.step.get()) + ")"; }
    case ExprKind::Starred: { auto& a = (const Starred&)*e; return "Starred" + s + "(" + E(a.value.get()) + "," + ctx(a.ctx) + ")"; }
    case ExprKind::List: { auto& a = (const List&)*e; return "List" + s + "(" + L(a.elts) + "," + ctx(a.ctx) + ")"; }
    case ExprKind::Tuple: { auto& a = (const Tuple&)*e; return "Tuple" + s + "(" + L(a.elts) + "," + ctx(a.ctx) + ")"; }
    case ExprKind::Set: return "Set" + s + "(" + L(((const Set&)*e).elts) + ")";
    case ExprKind::Dict: { auto& d = (const Dict&)*e; return "Dict" + s + "(" + L(d.keys) + "," + L(d.values) + ")"; }
    case ExprKind::IfExp: { auto& i = (const IfExp&)*e; return "IfExp" + s + "(" + E(i.test.get()) + "," + E(i.body.get()) + "," + E(i.orelse.get()) + ")"; }
    case ExprKind::Lambda: { auto& l = (const Lambda&)*e; return "Lambda" + s + "(" + A(l.args) + "," + E(l.body.get()) + ")"; }
    case ExprKind::NamedExpr: { auto& n = (const NamedExpr&)*e; return "NamedExpr" + s + "(" + E(n.target.get()) + "," + E(n.value.get()) + ")"; }
    case ExprKind::ListComp: { auto& c = (const Comp&)*e; return "ListComp" + s + "(" + E(c.elt.get()) + "," + C(c.generators) + ")"; }
    case ExprKind::SetComp: { auto& c = (const Comp&)*e; return "SetComp" + s + "(" + E(c.elt.get()) + "," + C(c.generators) + ")"; }
    case ExprKind::GeneratorExp: { auto& c = (const Comp&)*e; return "GenExp" + s + "(" + E(c.elt.get()) + "," + C(c.generators) + ")"; }
    case ExprKind::DictComp: { auto& c = (const Comp&)*e; return "DictComp" + s + "(" + E(c.key.get()) + "," + E(c.value.get()) + "," + C(c.generators) + ")"; }
    case ExprKind::Await: return "Await" + s + "(" + E(((const Await&)*e).value.get()) + ")";
    case ExprKind::Yield: return "Yield" + s + "(" + E(((const Yield&)*e).value.get()) + ")";
    case ExprKind::YieldFrom: return "YieldFrom" + s + "(" + E(((const YieldFrom&)*e).value.get()) + ")";
  }
  return "?";
}
static std::string B(const StmtList& l) { std::string o = "["; for (size_t i = 0; i < l.size(); ++i) { if (i) o += ","; o += S(l[i].get()); } return o + "]"; }
std::string S(const Stmt* st) {
  std::string s = sp(st->span);
  switch (st->kind) {
    case StmtKind::FunctionDef: { auto& f = (const FunctionDef&)*st; return std::string(f.is_async ? "Async" : "") + "FunctionDef" + s + "(" + f.name + "," + A(f.args) + "," + B(f.body) + "," + L(f.decorators) + "," + E(f.returns.get()) + ")"; }
    case StmtKind::ClassDef: { auto& c = (const ClassDef&)*st; std::string o = "ClassDef" + s + "(" + c.name + "," + L(c.bases) + ",["; for (size_t i = 0; i < c.keywords.size(); ++i) { if (i) o += ","; o += "Kw" + sp(c.keywords[i].span) + "(" + (c.keywords[i].name.empty() ? "-" : c.keywords[i].name) + "," + E(c.keywords[i].value.get()) + ")"; } return o + "]," + B(c.body) + "," + L(c.decorators) + ")"; }
    case StmtKind::Return: return "Return" + s + "(" + E(((const Return&)*st).value.get()) + ")";
    case StmtKind::Delete: return "Delete" + s + "(" + L(((const Delete&)*st).targets) + ")";
    case StmtKind::Assign: { auto& a = (const Assign&)*st; return "Assign" + s + "(" + L(a.targets) + "," + E(a.value.get()) + ")"; }
    case StmtKind::AugAssign: { auto& a = (const AugAssign&)*st; return "AugAssign" + s + "(" + E(a.target.get()) + "," + binop(a.op) + "," + E(a.value.get()) + ")"; }
    case StmtKind::AnnAssign: { auto& a = (const AnnAssign&)*st; return "AnnAssign" + s + "(" + E(a.target.get()) + "," + E(a.annotation.get()) + "," + E(a.value.get()) + "," + (a.simple ? "1" : "0") + ")"; }
    case StmtKind::For: { auto& f = (const For&)*st; return std::string(f.is_async ? "Async" : "") + "For" + s + "(" + E(f.target.get()) + "," + E(f.iter.get()) + "," + B(f.body) + "," + B(f.orelse) + ")"; }
    case StmtKind::While: { auto& f = (const While&)*st; return "While" + s + "(" + E(f.test.get()) + "," + B(f.body) + "," + B(f.orelse) + ")"; }
    case StmtKind::If: { auto& f = (const If&)*st; return "If" + s + "(" + E(f.test.get()) + "," + B(f.body) + "," + B(f.orelse) + ")"; }
    case StmtKind::With: { auto& w = (const With&)*st; std::string o = std::string(w.is_async ? "Async" : "") + "With" + s + "(["; for (size_t i = 0; i < w.items.size(); ++i) { if (i) o += ","; o += "Item(" + E(w.items[i].context_expr.get()) + "," + E(w.items[i].optional_vars.get()) + ")"; } return o + "]," + B(w.body) + ")"; }
    case StmtKind::Raise: { auto& r = (const Raise&)*st; return "Raise" + s + "(" + E(r.exc.get()) + "," + E(r.cause.get()) + ")"; }
    case StmtKind::Try: { auto& t = (const Try&)*st; std::string o = (t.is_star ? "TryStar" : "Try") + s + "(" + B(t.body) + ",["; for (size_t i = 0; i < t.handlers.size(); ++i) { if (i) o += ","; auto& h = t.handlers[i]; o += "Handler" + sp(h.span) + "(" + E(h.type.get()) + "," + (h.name.empty() ? "-" : h.name) + "," + B(h.body) + ")"; } return o + "]," + B(t.orelse) + "," + B(t.finalbody) + ")"; }
    case StmtKind::Assert: { auto& a = (const Assert&)*st; return "Assert" + s + "(" + E(a.test.get()) + "," + E(a.msg.get()) + ")"; }
    case StmtKind::Import: { auto& im = (const Import&)*st; std::string o = "Import" + s + "(["; for (size_t i = 0; i < im.names.size(); ++i) { if (i) o += ","; o += "Alias" + sp(im.names[i].span) + "(" + im.names[i].name + "," + (im.names[i].asname.empty() ? "-" : im.names[i].asname) + ")"; } return o + "])"; }
    case StmtKind::ImportFrom: { auto& im = (const ImportFrom&)*st; std::string o = "ImportFrom" + s + "(" + (im.module.empty() ? "-" : im.module) + ",["; for (size_t i = 0; i < im.names.size(); ++i) { if (i) o += ","; o += "Alias" + sp(im.names[i].span) + "(" + im.names[i].name + "," + (im.names[i].asname.empty() ? "-" : im.names[i].asname) + ")"; } return o + "]," + std::to_string(im.level) + ")"; }
    case StmtKind::Global: { auto& g = (const Global&)*st; std::string o = "Global" + s + "("; for (auto& n : g.names) o += n + " "; return o + ")"; }
    case StmtKind::Nonlocal: { auto& g = (const Nonlocal&)*st; std::string o = "Nonlocal" + s + "("; for (auto& n : g.names) o += n + " "; return o + ")"; }
    case StmtKind::ExprStmt: return "Expr" + s + "(" + E(((const ExprStmt&)*st).value.get()) + ")";
    case StmtKind::Pass: return "Pass" + s;
    case StmtKind::Break: return "Break" + s;
    case StmtKind::Continue: return "Continue" + s;
  }
  return "?";
}

std::string dump(const std::string& source) {
  ParseResult r = parse_module(source, "t.py");
  if (r.error) {
    const Diagnostic& d = *r.error;
    return "ERR " + d.kind + ": " + d.message + " @ " + std::to_string(d.line) + ":" + std::to_string(d.col) + ":" +
           std::to_string(d.caret_end_col);
  }
  return B(r.module->body);
}

struct AstCase {
  const char* name;
  const char* source;
  const char* expected;
};

const AstCase kAstCases[] = {
    {"precedence_power_binds_tighter_than_minus", "-2**2\n",
     "[Expr@1:0-1:5(UnaryOp@1:0-1:5(USub,BinOp@1:1-1:5(Const@1:1-1:2(i:2),Pow,Const@1:4-1:5(i:2))))]"},
    {"power_of_negative_exponent", "2**-1\n",
     "[Expr@1:0-1:5(BinOp@1:0-1:5(Const@1:0-1:1(i:2),Pow,UnaryOp@1:3-1:5(USub,Const@1:4-1:5(i:1))))]"},
    {"power_is_right_associative", "a ** b ** c\n",
     "[Expr@1:0-1:11(BinOp@1:0-1:11(Name@1:0-1:1(a Load),Pow,BinOp@1:5-1:11(Name@1:5-1:6(b Load),Pow,Name@1:10-1:11(c Load))))]"},
    {"not_below_comparison", "not a == b\n",
     "[Expr@1:0-1:10(UnaryOp@1:0-1:10(Not,Compare@1:4-1:10(Name@1:4-1:5(a Load),[Eq],[Name@1:9-1:10(b Load)])))]"},
    {"conditional_is_right_nested", "a if b else c if d else e\n",
     "[Expr@1:0-1:25(IfExp@1:0-1:25(Name@1:5-1:6(b Load),Name@1:0-1:1(a Load),IfExp@1:12-1:25(Name@1:17-1:18(d Load),Name@1:12-1:13(c Load),Name@1:24-1:25(e Load))))]"},
    {"lambda_body_is_conditional", "lambda: x if y else z\n",
     "[Expr@1:0-1:21(Lambda@1:0-1:21(Args([],[],-,[],[],-,[]),IfExp@1:8-1:21(Name@1:13-1:14(y Load),Name@1:8-1:9(x Load),Name@1:20-1:21(z Load))))]"},
    {"chained_comparison", "a < b <= c != d\n",
     "[Expr@1:0-1:15(Compare@1:0-1:15(Name@1:0-1:1(a Load),[Lt,LtE,NotEq],[Name@1:4-1:5(b Load),Name@1:9-1:10(c Load),Name@1:14-1:15(d Load)]))]"},
    {"not_in_and_is_not", "a not in b is not c\n",
     "[Expr@1:0-1:19(Compare@1:0-1:19(Name@1:0-1:1(a Load),[NotIn,IsNot],[Name@1:9-1:10(b Load),Name@1:18-1:19(c Load)]))]"},
    {"boolean_precedence", "a or b and not c or d\n",
     "[Expr@1:0-1:21(BoolOp@1:0-1:21(Or,[Name@1:0-1:1(a Load),BoolOp@1:5-1:16(And,[Name@1:5-1:6(b Load),UnaryOp@1:11-1:16(Not,Name@1:15-1:16(c Load))]),Name@1:20-1:21(d Load)]))]"},
    {"bitwise_and_arithmetic_precedence", "a | b ^ c & d << e + f * g ** h\n",
     "[Expr@1:0-1:31(BinOp@1:0-1:31(Name@1:0-1:1(a Load),BitOr,BinOp@1:4-1:31(Name@1:4-1:5(b Load),BitXor,BinOp@1:8-1:31(Name@1:8-1:9(c Load),BitAnd,BinOp@1:12-1:31(Name@1:12-1:13(d Load),LShift,BinOp@1:17-1:31(Name@1:17-1:18(e Load),Add,BinOp@1:21-1:31(Name@1:21-1:22(f Load),Mult,BinOp@1:25-1:31(Name@1:25-1:26(g Load),Pow,Name@1:30-1:31(h Load)))))))))]"},
    {"unary_chain", "-+~x\n",
     "[Expr@1:0-1:4(UnaryOp@1:0-1:4(USub,UnaryOp@1:1-1:4(UAdd,UnaryOp@1:2-1:4(Invert,Name@1:3-1:4(x Load)))))]"},
    {"matmul_floordiv_mod", "a @ b // c % d / e\n",
     "[Expr@1:0-1:18(BinOp@1:0-1:18(BinOp@1:0-1:14(BinOp@1:0-1:10(BinOp@1:0-1:5(Name@1:0-1:1(a Load),MatMult,Name@1:4-1:5(b Load)),FloorDiv,Name@1:9-1:10(c Load)),Mod,Name@1:13-1:14(d Load)),Div,Name@1:17-1:18(e Load)))]"},
    {"await_binds_tighter_than_power", "async def f():\n    return await a ** b\n",
     "[AsyncFunctionDef@1:0-2:23(f,Args([],[],-,[],[],-,[]),[Return@2:4-2:23(BinOp@2:11-2:23(Await@2:11-2:18(Name@2:17-2:18(a Load)),Pow,Name@2:22-2:23(b Load)))],[],-)]"},
    {"parenthesized_operand_span_starts_at_paren", "(a) + b\n",
     "[Expr@1:0-1:7(BinOp@1:0-1:7(Name@1:1-1:2(a Load),Add,Name@1:6-1:7(b Load)))]"},
    {"call_with_every_argument_kind", "f(a, *b, c=1, **d)\n",
     "[Expr@1:0-1:18(Call@1:0-1:18(Name@1:0-1:1(f Load),[Name@1:2-1:3(a Load),Starred@1:5-1:7(Name@1:6-1:7(b Load),Load)],[Kw@1:9-1:12(c,Const@1:11-1:12(i:1)),Kw@1:14-1:17(-,Name@1:16-1:17(d Load))]))]"},
    {"keyword_after_starred", "f(*a, b, k=1, *c, **d, e=2)\n",
     "[Expr@1:0-1:27(Call@1:0-1:27(Name@1:0-1:1(f Load),[Starred@1:2-1:4(Name@1:3-1:4(a Load),Load),Name@1:6-1:7(b Load),Starred@1:14-1:16(Name@1:15-1:16(c Load),Load)],[Kw@1:9-1:12(k,Const@1:11-1:12(i:1)),Kw@1:18-1:21(-,Name@1:20-1:21(d Load)),Kw@1:23-1:26(e,Const@1:25-1:26(i:2))]))]"},
    {"generator_as_sole_argument", "sum(x for x in y)\n",
     "[Expr@1:0-1:17(Call@1:0-1:17(Name@1:0-1:3(sum Load),[GenExp@1:3-1:17(Name@1:4-1:5(x Load),[Comp(Name@1:10-1:11(x Store),Name@1:15-1:16(y Load),[],0)])],[]))]"},
    {"trailers", "f(a)(b)[c].d\n",
     "[Expr@1:0-1:12(Attr@1:0-1:12(Sub@1:0-1:10(Call@1:0-1:7(Call@1:0-1:4(Name@1:0-1:1(f Load),[Name@1:2-1:3(a Load)],[]),[Name@1:5-1:6(b Load)],[]),Name@1:8-1:9(c Load),Load),d,Load))]"},
    {"slices_tuple", "x[1:2, ::3]\n",
     "[Expr@1:0-1:11(Sub@1:0-1:11(Name@1:0-1:1(x Load),Tuple@1:2-1:10([Slice@1:2-1:5(Const@1:2-1:3(i:1),Const@1:4-1:5(i:2),-),Slice@1:7-1:10(-,-,Const@1:9-1:10(i:3))],Load),Load))]"},
    {"slice_empty_parts", "x[::]\n",
     "[Expr@1:0-1:5(Sub@1:0-1:5(Name@1:0-1:1(x Load),Slice@1:2-1:4(-,-,-),Load))]"},
    {"subscript_tuple_trailing_comma", "x[a,]\n",
     "[Expr@1:0-1:5(Sub@1:0-1:5(Name@1:0-1:1(x Load),Tuple@1:2-1:4([Name@1:2-1:3(a Load)],Load),Load))]"},
    {"subscript_starred", "x[*a]\n",
     "[Expr@1:0-1:5(Sub@1:0-1:5(Name@1:0-1:1(x Load),Tuple@1:2-1:4([Starred@1:2-1:4(Name@1:3-1:4(a Load),Load)],Load),Load))]"},
    {"list_comprehension_two_fors", "[x for x in y if z for w in v]\n",
     "[Expr@1:0-1:30(ListComp@1:0-1:30(Name@1:1-1:2(x Load),[Comp(Name@1:7-1:8(x Store),Name@1:12-1:13(y Load),[Name@1:17-1:18(z Load)],0),Comp(Name@1:23-1:24(w Store),Name@1:28-1:29(v Load),[],0)]))]"},
    {"dict_comprehension", "{k: v for k, v in d.items()}\n",
     "[Expr@1:0-1:28(DictComp@1:0-1:28(Name@1:1-1:2(k Load),Name@1:4-1:5(v Load),[Comp(Tuple@1:10-1:14([Name@1:10-1:11(k Store),Name@1:13-1:14(v Store)],Store),Call@1:18-1:27(Attr@1:18-1:25(Name@1:18-1:19(d Load),items,Load),[],[]),[],0)]))]"},
    {"set_comprehension", "{x for x in y}\n",
     "[Expr@1:0-1:14(SetComp@1:0-1:14(Name@1:1-1:2(x Load),[Comp(Name@1:7-1:8(x Store),Name@1:12-1:13(y Load),[],0)]))]"},
    {"generator_expression", "(x for x in y)\n",
     "[Expr@1:0-1:14(GenExp@1:0-1:14(Name@1:1-1:2(x Load),[Comp(Name@1:7-1:8(x Store),Name@1:12-1:13(y Load),[],0)]))]"},
    {"async_comprehension", "async def f():\n    return [x async for x in y]\n",
     "[AsyncFunctionDef@1:0-2:31(f,Args([],[],-,[],[],-,[]),[Return@2:4-2:31(ListComp@2:11-2:31(Name@2:12-2:13(x Load),[Comp(Name@2:24-2:25(x Store),Name@2:29-2:30(y Load),[],1)]))],[],-)]"},
    {"displays_with_unpacking", "[*a, *b], {**a, 'b': 1}, {1, *c}\n",
     "[Expr@1:0-1:32(Tuple@1:0-1:32([List@1:0-1:8([Starred@1:1-1:3(Name@1:2-1:3(a Load),Load),Starred@1:5-1:7(Name@1:6-1:7(b Load),Load)],Load),Dict@1:10-1:23([-,Const@1:16-1:19(s:\"b\")],[Name@1:13-1:14(a Load),Const@1:21-1:22(i:1)]),Set@1:25-1:32([Const@1:26-1:27(i:1),Starred@1:29-1:31(Name@1:30-1:31(c Load),Load)])],Load))]"},
    {"empty_displays", "(), [], {}\n",
     "[Expr@1:0-1:10(Tuple@1:0-1:10([Tuple@1:0-1:2([],Load),List@1:4-1:6([],Load),Dict@1:8-1:10([],[])],Load))]"},
    {"tuple_without_parentheses", "x = 1, 2\n",
     "[Assign@1:0-1:8([Name@1:0-1:1(x Store)],Tuple@1:4-1:8([Const@1:4-1:5(i:1),Const@1:7-1:8(i:2)],Load))]"},
    {"tuple_trailing_comma_span", "x = 1,\n",
     "[Assign@1:0-1:6([Name@1:0-1:1(x Store)],Tuple@1:4-1:6([Const@1:4-1:5(i:1)],Load))]"},
    {"star_target", "a, *b = c\n",
     "[Assign@1:0-1:9([Tuple@1:0-1:5([Name@1:0-1:1(a Store),Starred@1:3-1:5(Name@1:4-1:5(b Store),Store)],Store)],Name@1:8-1:9(c Load))]"},
    {"nested_targets", "(a, b), [c, *d] = e\n",
     "[Assign@1:0-1:19([Tuple@1:0-1:15([Tuple@1:0-1:6([Name@1:1-1:2(a Store),Name@1:4-1:5(b Store)],Store),List@1:8-1:15([Name@1:9-1:10(c Store),Starred@1:12-1:14(Name@1:13-1:14(d Store),Store)],Store)],Store)],Name@1:18-1:19(e Load))]"},
    {"chained_assignment", "a = b = c\n",
     "[Assign@1:0-1:9([Name@1:0-1:1(a Store),Name@1:4-1:5(b Store)],Name@1:8-1:9(c Load))]"},
    {"annotated_assignment", "x: int = 3\n",
     "[AnnAssign@1:0-1:10(Name@1:0-1:1(x Store),Name@1:3-1:6(int Load),Const@1:9-1:10(i:3),1)]"},
    {"annotation_only", "x: int\n",
     "[AnnAssign@1:0-1:6(Name@1:0-1:1(x Store),Name@1:3-1:6(int Load),-,1)]"},
    {"parenthesized_annotation_target_not_simple", "(x): int = 1\n",
     "[AnnAssign@1:0-1:12(Name@1:1-1:2(x Store),Name@1:5-1:8(int Load),Const@1:11-1:12(i:1),0)]"},
    {"attribute_annotation", "a.b: int\n",
     "[AnnAssign@1:0-1:8(Attr@1:0-1:3(Name@1:0-1:1(a Load),b,Store),Name@1:5-1:8(int Load),-,0)]"},
    {"augmented_assignment", "x **= 2\n",
     "[AugAssign@1:0-1:7(Name@1:0-1:1(x Store),Pow,Const@1:6-1:7(i:2))]"},
    {"delete_targets", "del a, b[0], c.x\n",
     "[Delete@1:0-1:16([Name@1:4-1:5(a Del),Sub@1:7-1:11(Name@1:7-1:8(b Load),Const@1:9-1:10(i:0),Del),Attr@1:13-1:16(Name@1:13-1:14(c Load),x,Del)])]"},
    {"delete_parenthesized_tuple", "del (a, b)\n",
     "[Delete@1:0-1:10([Tuple@1:4-1:10([Name@1:5-1:6(a Del),Name@1:8-1:9(b Del)],Del)])]"},
    {"assert_with_message", "assert x, 'msg'\n",
     "[Assert@1:0-1:15(Name@1:7-1:8(x Load),Const@1:10-1:15(s:\"msg\"))]"},
    {"raise_from", "raise X from Y\n",
     "[Raise@1:0-1:14(Name@1:6-1:7(X Load),Name@1:13-1:14(Y Load))]"},
    {"return_tuple", "def f():\n    return 1, 2\n",
     "[FunctionDef@1:0-2:15(f,Args([],[],-,[],[],-,[]),[Return@2:4-2:15(Tuple@2:11-2:15([Const@2:11-2:12(i:1),Const@2:14-2:15(i:2)],Load))],[],-)]"},
    {"return_starred", "def f():\n    return *a, b\n",
     "[FunctionDef@1:0-2:16(f,Args([],[],-,[],[],-,[]),[Return@2:4-2:16(Tuple@2:11-2:16([Starred@2:11-2:13(Name@2:12-2:13(a Load),Load),Name@2:15-2:16(b Load)],Load))],[],-)]"},
    {"for_over_starred_tuple", "for x in *a, b:\n    pass\n",
     "[For@1:0-2:8(Name@1:4-1:5(x Store),Tuple@1:9-1:14([Starred@1:9-1:11(Name@1:10-1:11(a Load),Load),Name@1:13-1:14(b Load)],Load),[Pass@2:4-2:8],[])]"},
    {"for_else", "for a, b in c:\n    pass\nelse:\n    pass\n",
     "[For@1:0-4:8(Tuple@1:4-1:8([Name@1:4-1:5(a Store),Name@1:7-1:8(b Store)],Store),Name@1:12-1:13(c Load),[Pass@2:4-2:8],[Pass@4:4-4:8])]"},
    {"while_else", "while x:\n    break\nelse:\n    continue\n",
     "[While@1:0-4:12(Name@1:6-1:7(x Load),[Break@2:4-2:9],[Continue@4:4-4:12])]"},
    {"if_elif_else", "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
     "[If@1:0-6:8(Name@1:3-1:4(a Load),[Pass@2:4-2:8],[If@3:0-6:8(Name@3:5-3:6(b Load),[Pass@4:4-4:8],[Pass@6:4-6:8])])]"},
    {"single_line_body", "if x: pass\n",
     "[If@1:0-1:10(Name@1:3-1:4(x Load),[Pass@1:6-1:10],[])]"},
    {"semicolons", "x = 1; y = 2;\n",
     "[Assign@1:0-1:5([Name@1:0-1:1(x Store)],Const@1:4-1:5(i:1)),Assign@1:7-1:12([Name@1:7-1:8(y Store)],Const@1:11-1:12(i:2))]"},
    {"with_multiple_items", "with a as b, c as d:\n    pass\n",
     "[With@1:0-2:8([Item(Name@1:5-1:6(a Load),Name@1:10-1:11(b Store)),Item(Name@1:13-1:14(c Load),Name@1:18-1:19(d Store))],[Pass@2:4-2:8])]"},
    {"with_parenthesized_items", "with (a as b, c):\n    pass\n",
     "[With@1:0-2:8([Item(Name@1:6-1:7(a Load),Name@1:11-1:12(b Store)),Item(Name@1:14-1:15(c Load),-)],[Pass@2:4-2:8])]"},
    {"with_parenthesized_expression", "with (a, b) as c:\n    pass\n",
     "[With@1:0-2:8([Item(Tuple@1:5-1:11([Name@1:6-1:7(a Load),Name@1:9-1:10(b Load)],Load),Name@1:15-1:16(c Store))],[Pass@2:4-2:8])]"},
    {"try_star", "try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept* (A, B):\n    pass\n",
     "[TryStar@1:0-6:8([Pass@2:4-2:8],[Handler@3:0-4:8(Name@3:8-3:18(ValueError Load),e,[Pass@4:4-4:8]),Handler@5:0-6:8(Tuple@5:8-5:14([Name@5:9-5:10(A Load),Name@5:12-5:13(B Load)],Load),-,[Pass@6:4-6:8])],[],[])]"},
    {"try_all_clauses", "try:\n    pass\nexcept ValueError as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
     "[Try@1:0-12:8([Pass@2:4-2:8],[Handler@3:0-4:8(Name@3:7-3:17(ValueError Load),e,[Pass@4:4-4:8]),Handler@5:0-6:8(Tuple@5:7-5:13([Name@5:8-5:9(A Load),Name@5:11-5:12(B Load)],Load),-,[Pass@6:4-6:8]),Handler@7:0-8:8(-,-,[Pass@8:4-8:8])],[Pass@10:4-10:8],[Pass@12:4-12:8])]"},
    {"imports", "import a.b as c, d\n",
     "[Import@1:0-1:18([Alias@1:7-1:15(a.b,c),Alias@1:17-1:18(d,-)])]"},
    {"from_import_parenthesized", "from x import (a, b as c)\n",
     "[ImportFrom@1:0-1:25(x,[Alias@1:15-1:16(a,-),Alias@1:18-1:24(b,c)],0)]"},
    {"relative_import", "from .. import x\n",
     "[ImportFrom@1:0-1:16(-,[Alias@1:15-1:16(x,-)],2)]"},
    {"import_star", "from .a.b import *\n",
     "[ImportFrom@1:0-1:18(a.b,[Alias@1:17-1:18(*,-)],1)]"},
    {"global_and_nonlocal", "def f():\n    global a, b\n    nonlocal c\n",
     "[FunctionDef@1:0-3:14(f,Args([],[],-,[],[],-,[]),[Global@2:4-2:15(a b ),Nonlocal@3:4-3:14(c )],[],-)]"},
    {"decorated_function_with_all_parameter_kinds", "@dec\ndef f(a, /, b, *, c=1, **kw) -> int:\n    pass\n",
     "[FunctionDef@2:0-3:8(f,Args([Arg@2:6-2:7(a)],[Arg@2:12-2:13(b)],-,[Arg@2:18-2:19(c)],[Const@2:20-2:21(i:1)],Arg@2:25-2:27(kw),[]),[Pass@3:4-3:8],[Name@1:1-1:4(dec Load)],Name@2:32-2:35(int Load))]"},
    {"parameters_defaults", "def f(a=1, /, b=2, *args, c, d=4, **kwargs):\n    pass\n",
     "[FunctionDef@1:0-2:8(f,Args([Arg@1:6-1:7(a)],[Arg@1:14-1:15(b)],Arg@1:20-1:24(args),[Arg@1:26-1:27(c),Arg@1:29-1:30(d)],[-,Const@1:31-1:32(i:4)],Arg@1:36-1:42(kwargs),[Const@1:8-1:9(i:1),Const@1:16-1:17(i:2)]),[Pass@2:4-2:8],[],-)]"},
    {"class_with_bases_and_keywords", "@a.b(c)\nclass A(B, C, metaclass=M):\n    x = 1\n",
     "[ClassDef@2:0-3:9(A,[Name@2:8-2:9(B Load),Name@2:11-2:12(C Load)],[Kw@2:14-2:25(metaclass,Name@2:24-2:25(M Load))],[Assign@3:4-3:9([Name@3:4-3:5(x Store)],Const@3:8-3:9(i:1))],[Call@1:1-1:7(Attr@1:1-1:4(Name@1:1-1:2(a Load),b,Load),[Name@1:5-1:6(c Load)],[])])]"},
    {"async_def_for_with", "async def f():\n    await x\n    async for a in b:\n        pass\n    async with a as b:\n        pass\n",
     "[AsyncFunctionDef@1:0-6:12(f,Args([],[],-,[],[],-,[]),[Expr@2:4-2:11(Await@2:4-2:11(Name@2:10-2:11(x Load))),AsyncFor@3:4-4:12(Name@3:14-3:15(a Store),Name@3:19-3:20(b Load),[Pass@4:8-4:12],[]),AsyncWith@5:4-6:12([Item(Name@5:15-5:16(a Load),Name@5:20-5:21(b Store))],[Pass@6:8-6:12])],[],-)]"},
    {"lambda_all_parameter_kinds", "lambda a, b=1, *c, d, e=2, **f: 0\n",
     "[Expr@1:0-1:33(Lambda@1:0-1:33(Args([],[Arg@1:7-1:8(a),Arg@1:10-1:11(b)],Arg@1:16-1:17(c),[Arg@1:19-1:20(d),Arg@1:22-1:23(e)],[-,Const@1:24-1:25(i:2)],Arg@1:29-1:30(f),[Const@1:12-1:13(i:1)]),Const@1:32-1:33(i:0)))]"},
    {"walrus", "if (n := len(a)) > 10:\n    pass\n",
     "[If@1:0-2:8(Compare@1:3-1:21(NamedExpr@1:4-1:15(Name@1:4-1:5(n Store),Call@1:9-1:15(Name@1:9-1:12(len Load),[Name@1:13-1:14(a Load)],[])),[Gt],[Const@1:19-1:21(i:10)]),[Pass@2:4-2:8],[])]"},
    {"yield_forms", "def g():\n    x = yield\n    y = yield 1, 2\n    z = yield from h()\n",
     "[FunctionDef@1:0-4:22(g,Args([],[],-,[],[],-,[]),[Assign@2:4-2:13([Name@2:4-2:5(x Store)],Yield@2:8-2:13(-)),Assign@3:4-3:18([Name@3:4-3:5(y Store)],Yield@3:8-3:18(Tuple@3:14-3:18([Const@3:14-3:15(i:1),Const@3:17-3:18(i:2)],Load))),Assign@4:4-4:22([Name@4:4-4:5(z Store)],YieldFrom@4:8-4:22(Call@4:19-4:22(Name@4:19-4:20(h Load),[],[])))],[],-)]"},
    {"implicit_concatenation", "'a' 'b' \"c\"\n",
     "[Expr@1:0-1:11(Const@1:0-1:11(s:\"abc\"))]"},
    {"fstring_mixed_concatenation", "x = 'a' f'{b}' 'c'\n",
     "[Assign@1:0-1:18([Name@1:0-1:1(x Store)],JoinedStr@1:4-1:18([Const@1:4-1:18(s:\"a\"),FV@1:4-1:18(Name@1:11-1:12(b Load),-,-),Const@1:4-1:18(s:\"c\")]))]"},
    {"fstring_conversion_and_nested_spec", "f'a{x!r:>{w}}b'\n",
     "[Expr@1:0-1:15(JoinedStr@1:0-1:15([Const@1:0-1:15(s:\"a\"),FV@1:0-1:15(Name@1:4-1:5(x Load),r,JoinedStr@1:0-1:15([Const@1:0-1:15(s:\">\"),FV@1:0-1:15(Name@1:10-1:11(w Load),-,-)])),Const@1:0-1:15(s:\"b\")]))]"},
    {"fstring_nested_spec_fields", "f'{x:{w}.{p}f}'\n",
     "[Expr@1:0-1:15(JoinedStr@1:0-1:15([FV@1:0-1:15(Name@1:3-1:4(x Load),-,JoinedStr@1:0-1:15([FV@1:0-1:15(Name@1:6-1:7(w Load),-,-),Const@1:0-1:15(s:\".\"),FV@1:0-1:15(Name@1:10-1:11(p Load),-,-),Const@1:0-1:15(s:\"f\")]))]))]"},
    {"fstring_debug", "f'{x=}'\n",
     "[Expr@1:0-1:7(JoinedStr@1:0-1:7([Const@1:0-1:7(s:\"x=\"),FV@1:0-1:7(Name@1:3-1:4(x Load),r,-)]))]"},
    {"fstring_debug_with_spec", "f'{x=:>5}'\n",
     "[Expr@1:0-1:10(JoinedStr@1:0-1:10([Const@1:0-1:10(s:\"x=\"),FV@1:0-1:10(Name@1:3-1:4(x Load),-,JoinedStr@1:0-1:10([Const@1:0-1:10(s:\">5\")]))]))]"},
    {"fstring_debug_with_conversion", "f'{ x = !s}'\n",
     "[Expr@1:0-1:12(JoinedStr@1:0-1:12([Const@1:0-1:12(s:\" x = \"),FV@1:0-1:12(Name@1:4-1:5(x Load),s,-)]))]"},
    {"fstring_doubled_braces", "f'{{x}}'\n",
     "[Expr@1:0-1:8(JoinedStr@1:0-1:8([Const@1:0-1:8(s:\"{x}\")]))]"},
    {"fstring_empty_spec", "f'{x:}'\n",
     "[Expr@1:0-1:7(JoinedStr@1:0-1:7([FV@1:0-1:7(Name@1:3-1:4(x Load),-,JoinedStr@1:0-1:7([]))]))]"},
    {"fstring_tuple_field", "f'{x, y}'\n",
     "[Expr@1:0-1:9(JoinedStr@1:0-1:9([FV@1:0-1:9(Tuple@1:2-1:8([Name@1:3-1:4(x Load),Name@1:6-1:7(y Load)],Load),-,-)]))]"},
    {"fstring_multiline_field", "f'''\n  {x +\n y}'''\n",
     "[Expr@1:0-3:6(JoinedStr@1:0-3:6([Const@1:0-3:6(s:\"\\x0a  \"),FV@1:0-3:6(BinOp@2:3-3:2(Name@2:3-2:4(x Load),Add,Name@3:1-3:2(y Load)),-,-)]))]"},
    {"bytes_concatenation", "b'a' B'\\x41' rb'\\n'\n",
     "[Expr@1:0-1:19(Const@1:0-1:19(b:\"aA\\x5cn\"))]"},
    {"string_escapes", "'\\x41\\u00e9\\U0001F600\\101\\0\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\d'\n",
     "[Expr@1:0-1:50(Const@1:0-1:50(s:\"A\\xc3\\xa9\\xf0\\x9f\\x98\\x80A\\x00\\x0a\\x09\\x5c'\\x22\\x07\\x08\\x0c\\x0b\\x0d\\x5cd\"))]"},
    {"raw_strings", "r'\\n' R'\\t'\n",
     "[Expr@1:0-1:11(Const@1:0-1:11(s:\"\\x5cn\\x5ct\"))]"},
    {"triple_quoted_string_span", "x = '''a\nb'''\n",
     "[Assign@1:0-2:4([Name@1:0-1:1(x Store)],Const@1:4-2:4(s:\"a\\x0ab\"))]"},
    {"string_line_continuation", "x = 'a\\\nb'\n",
     "[Assign@1:0-2:2([Name@1:0-1:1(x Store)],Const@1:4-2:2(s:\"ab\"))]"},
    {"numbers", "0x1F, 0o17, 0b101, 1_000, 1., .5, 1e10, 1_000.5, 1E-3\n",
     "[Expr@1:0-1:53(Tuple@1:0-1:53([Const@1:0-1:4(i:31),Const@1:6-1:10(i:15),Const@1:12-1:17(i:5),Const@1:19-1:24(i:1000),Const@1:26-1:28(f:1),Const@1:30-1:32(f:0.5),Const@1:34-1:38(f:1e+10),Const@1:40-1:47(f:1000.5),Const@1:49-1:53(f:0.001)],Load))]"},
    {"big_integers", "9223372036854775807, 9223372036854775808, 123456789012345678901234567890\n",
     "[Expr@1:0-1:72(Tuple@1:0-1:72([Const@1:0-1:19(i:9223372036854775807),Const@1:21-1:40(big:9223372036854775808),Const@1:42-1:72(big:123456789012345678901234567890)],Load))]"},
    {"big_radix_integers", "0xffffffffffffffffffff, 0o7777777777777777777777777, 0b10000000000000000000000000000000000000000000000000000000000000000000000\n",
     "[Expr@1:0-1:126(Tuple@1:0-1:126([Const@1:0-1:22(big:0xffffffffffffffffffff),Const@1:24-1:51(big:07777777777777777777777777),Const@1:53-1:126(big:0b10000000000000000000000000000000000000000000000000000000000000000000000)],Load))]"},
    {"float_edge_cases", "1e400, 1e-400, 0.1, 4.9e-324\n",
     "[Expr@1:0-1:28(Tuple@1:0-1:28([Const@1:0-1:5(f:inf),Const@1:7-1:13(f:0),Const@1:15-1:18(f:0.1),Const@1:20-1:28(f:5e-324)],Load))]"},
    {"keyword_after_number", "1if x else 2\n",
     "[Expr@1:0-1:12(IfExp@1:0-1:12(Name@1:4-1:5(x Load),Const@1:0-1:1(i:1),Const@1:11-1:12(i:2)))]"},
    {"unicode_identifiers_columns", "\xe5""\x8f""\x98""\xe9""\x87""\x8f"" = '\xc3""\xa9""' + caf\xc3""\xa9""\n",
     "[Assign@1:0-1:15([Name@1:0-1:2(\xe5""\x8f""\x98""\xe9""\x87""\x8f"" Store)],BinOp@1:5-1:15(Const@1:5-1:8(s:\"\\xc3\\xa9\"),Add,Name@1:11-1:15(caf\xc3""\xa9"" Load)))]"},
    {"soft_keywords_are_names", "match = 5\nmatch.x = case\n_ = 4\n",
     "[Assign@1:0-1:9([Name@1:0-1:5(match Store)],Const@1:8-1:9(i:5)),Assign@2:0-2:14([Attr@2:0-2:7(Name@2:0-2:5(match Load),x,Store)],Name@2:10-2:14(case Load)),Assign@3:0-3:5([Name@3:0-3:1(_ Store)],Const@3:4-3:5(i:4))]"},
    {"ellipsis_and_singletons", "x = ..., None, True, False\n",
     "[Assign@1:0-1:26([Name@1:0-1:1(x Store)],Tuple@1:4-1:26([Const@1:4-1:7(Ellipsis),Const@1:9-1:13(None),Const@1:15-1:19(True),Const@1:21-1:26(False)],Load))]"},
    {"statement_span_starts_at_parenthesis", "(x) = 1\n",
     "[Assign@1:0-1:7([Name@1:1-1:2(x Store)],Const@1:6-1:7(i:1))]"},
    {"compound_statement_ends_at_last_body_statement", "if x:\n    y = 1  # comment\n\n# after\nz = 2\n",
     "[If@1:0-2:9(Name@1:3-1:4(x Load),[Assign@2:4-2:9([Name@2:4-2:5(y Store)],Const@2:8-2:9(i:1))],[]),Assign@5:0-5:5([Name@5:0-5:1(z Store)],Const@5:4-5:5(i:2))]"},
    {"crlf_line_endings", "x = 1\r\nif x:\r\n    y = 2\r\n",
     "[Assign@1:0-1:5([Name@1:0-1:1(x Store)],Const@1:4-1:5(i:1)),If@2:0-3:9(Name@2:3-2:4(x Load),[Assign@3:4-3:9([Name@3:4-3:5(y Store)],Const@3:8-3:9(i:2))],[])]"},
    {"bom_and_form_feed", "\xef""\xbb""\xbf""x = 1\n\x0c""y = 2\n",
     "[Assign@1:0-1:5([Name@1:0-1:1(x Store)],Const@1:4-1:5(i:1)),Assign@2:1-2:6([Name@2:1-2:2(y Store)],Const@2:5-2:6(i:2))]"},
    {"tabs_indentation", "if x:\n\tif y:\n\t\tpass\n",
     "[If@1:0-3:6(Name@1:3-1:4(x Load),[If@2:1-3:6(Name@2:4-2:5(y Load),[Pass@3:2-3:6],[])],[])]"},
    {"implicit_and_explicit_line_joining", "x = (1 +\n     2) + \\\n    3\n",
     "[Assign@1:0-3:5([Name@1:0-1:1(x Store)],BinOp@1:4-3:5(BinOp@1:5-2:6(Const@1:5-1:6(i:1),Add,Const@2:5-2:6(i:2)),Add,Const@3:4-3:5(i:3)))]"},
};

class ParserAst : public ::testing::TestWithParam<AstCase> {};

TEST_P(ParserAst, MatchesCPython) { EXPECT_EQ(dump(GetParam().source), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(CPython311, ParserAst, ::testing::ValuesIn(kAstCases),
                         [](const ::testing::TestParamInfo<AstCase>& info) { return std::string(info.param.name); });

struct ErrorCase {
  const char* name;
  const char* source;
  const char* kind;
  const char* message;
  int line;
  int col;
  int caret_end_col;
};

const ErrorCase kErrorCases[] = {
    {"unexpected_indent", "x = 1\n    y = 2\n",
     "IndentationError", "unexpected indent", 2, 4, 0},
    {"unindent_does_not_match", "if x:\n        a\n    b\n",
     "IndentationError", "unindent does not match any outer indentation level", 3, 6, 0},
    {"tab_error", "if x:\n\tif y:\n        pass\n",
     "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 0},
    {"expected_indented_block_if", "if x:\npass\n",
     "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 5},
    {"expected_indented_block_at_eof", "if x:\n",
     "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 0, 0},
    {"expected_indented_block_for", "for x in y:\npass\n",
     "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 5},
    {"expected_indented_block_while", "while x:\npass\n",
     "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 5},
    {"expected_indented_block_def", "def f():\npass\n",
     "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 5},
    {"expected_indented_block_class", "class A:\npass\n",
     "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 5},
    {"expected_indented_block_try", "try:\npass\n",
     "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 5},
    {"expected_indented_block_except", "try:\n  pass\nexcept:\npass\n",
     "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 5},
    {"expected_indented_block_finally", "try:\n  pass\nfinally:\npass\n",
     "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 5},
    {"expected_indented_block_else", "if x:\n  pass\nelse:\npass\n",
     "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 5},
    {"expected_indented_block_elif", "if x:\n  pass\nelif y:\npass\n",
     "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 5},
    {"expected_indented_block_with", "with a:\npass\n",
     "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 5},
    {"expected_indented_block_nested_dedent", "def f():\n    if y:\nx\n",
     "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 0, 0},
    {"unterminated_string", "s = 'abc\n",
     "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 5},
    {"unterminated_triple_quoted_string", "s = '''abc\n\ndef\n",
     "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 5},
    {"unterminated_string_wins_over_earlier_parser_error", "x = (1 2)\ns = 'abc\n",
     "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 5},
    {"leading_zeros", "x = 012\n",
     "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 6},
    {"invalid_decimal_literal", "x = 1abc\n",
     "SyntaxError", "invalid decimal literal", 1, 5, 5},
    {"invalid_hexadecimal_literal", "x = 0x1g\n",
     "SyntaxError", "invalid hexadecimal literal", 1, 7, 7},
    {"invalid_digit_in_octal", "x = 0o8\n",
     "SyntaxError", "invalid digit '8' in octal literal", 1, 7, 7},
    {"invalid_digit_in_binary", "x = 0b102\n",
     "SyntaxError", "invalid digit '2' in binary literal", 1, 9, 9},
    {"invalid_underscore", "x = 1__0\n",
     "SyntaxError", "invalid decimal literal", 1, 6, 6},
    {"invalid_exponent", "x = 1e+\n",
     "SyntaxError", "invalid decimal literal", 1, 7, 7},
    {"invalid_character", "\xe2""\x82""\xac"" = 1\n",
     "SyntaxError", "invalid character '\xe2""\x82""\xac""' (U+20AC)", 1, 1, 1},
    {"invalid_non_printable_character", "a\xc2""\xa0""= 1\n",
     "SyntaxError", "invalid non-printable character U+00A0", 1, 2, 2},
    {"invalid_character_in_identifier", "abc\xe2""\x82""\xac"" = 1\n",
     "SyntaxError", "invalid character '\xe2""\x82""\xac""' (U+20AC)", 1, 4, 4},
    {"unmatched_paren", "x = )\n",
     "SyntaxError", "unmatched ')'", 1, 5, 5},
    {"mismatched_paren", "x = (]\n",
     "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 6},
    {"mismatched_paren_other_line", "x = (\n]\n",
     "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 1},
    {"never_closed", "x = (\n",
     "SyntaxError", "'(' was never closed", 1, 5, 0},
    {"never_closed_list_with_content", "x = [1, 2\ny = 3\n",
     "SyntaxError", "'[' was never closed", 1, 5, 0},
    {"never_closed_reported_at_earlier_line", "foo(a, b\nx = 1\n",
     "SyntaxError", "'(' was never closed", 1, 4, 0},
    {"backslash_not_at_end_of_line", "x = 1 \\ 2\n",
     "SyntaxError", "unexpected character after line continuation character", 1, 8, 0},
    {"backslash_at_eof", "x = \\\n",
     "SyntaxError", "unexpected EOF while parsing", 1, 6, 0},
    {"legacy_not_equal", "1 <> 2\n",
     "SyntaxError", "invalid syntax", 1, 3, 5},
    {"dollar_sign", "a $ b\n",
     "SyntaxError", "invalid syntax", 1, 3, 4},
    {"invalid_syntax", "x = = 1\n",
     "SyntaxError", "invalid syntax", 1, 5, 6},
    {"expected_colon_if", "if x\n  pass\n",
     "SyntaxError", "expected ':'", 1, 5, 5},
    {"expected_colon_after_comment", "if x  # c\n  pass\n",
     "SyntaxError", "expected ':'", 1, 7, 10},
    {"expected_colon_else", "if x:\n  y\nelse\n",
     "SyntaxError", "expected ':'", 3, 5, 5},
    {"expected_colon_for", "for x in y\n  pass\n",
     "SyntaxError", "expected ':'", 1, 11, 11},
    {"expected_colon_while", "while x\n  pass\n",
     "SyntaxError", "expected ':'", 1, 8, 8},
    {"expected_colon_def", "def f()\n  pass\n",
     "SyntaxError", "expected ':'", 1, 8, 8},
    {"expected_paren_def", "def f:\n  pass\n",
     "SyntaxError", "expected '('", 1, 6, 7},
    {"expected_colon_class", "class A\n  pass\n",
     "SyntaxError", "expected ':'", 1, 8, 8},
    {"expected_colon_with", "with a as b\n  pass\n",
     "SyntaxError", "expected ':'", 1, 12, 12},
    {"expected_colon_try", "try\n  pass\n",
     "SyntaxError", "expected ':'", 1, 4, 4},
    {"expected_except_or_finally", "try:\n  pass\nx = 1\n",
     "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 2},
    {"misplaced_else", "else:\n  pass\n",
     "SyntaxError", "invalid syntax", 1, 1, 5},
    {"else_if", "if x:\n  pass\nelse if y:\n  pass\n",
     "SyntaxError", "expected ':'", 3, 6, 8},
    {"forgot_comma", "x = (1 2)\n",
     "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 9},
    {"forgot_comma_call", "print(a b)\n",
     "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 10},
    {"forgot_comma_list", "[1, 2 3]\n",
     "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 8},
    {"no_comma_hint_outside_brackets", "x = 1 2\n",
     "SyntaxError", "invalid syntax", 1, 7, 8},
    {"missing_parentheses_print", "print 'hello'\n",
     "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 14},
    {"missing_parentheses_print_name", "print x\n",
     "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 8},
    {"equal_in_if", "if x = 1:\n  pass\n",
     "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 9},
    {"equal_in_while", "while x = 1:\n  pass\n",
     "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 12},
    {"expected_else", "x = 1 if 2\n",
     "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 11},
    {"missing_operand", "x = 1 +\n",
     "SyntaxError", "invalid syntax", 1, 8, 8},
    {"positional_after_keyword", "f(a=1, b)\n",
     "SyntaxError", "positional argument follows keyword argument", 1, 9, 10},
    {"positional_after_keyword_unpacking", "f(**a, b)\n",
     "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 10},
    {"iterable_unpacking_after_keyword_unpacking", "f(**a, *b)\n",
     "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 9},
    {"generator_not_parenthesized", "f(x for x in y, 1)\n",
     "SyntaxError", "Generator expression must be parenthesized", 1, 3, 15},
    {"keyword_equal_in_call", "f(a.b=1)\n",
     "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 7},
    {"assign_to_true_in_call", "f(True=1)\n",
     "SyntaxError", "cannot assign to True", 1, 3, 8},
    {"non_default_after_default", "def f(a=1, b): pass\n",
     "SyntaxError", "non-default argument follows default argument", 1, 12, 13},
    {"duplicate_argument", "def f(a, a): pass\n",
     "SyntaxError", "duplicate argument 'a' in function definition", 1, 10, 11},
    {"named_arguments_after_bare_star", "def f(*): pass\n",
     "SyntaxError", "named arguments must follow bare *", 1, 7, 8},
    {"var_positional_default", "def f(*a=1): pass\n",
     "SyntaxError", "var-positional argument cannot have default value", 1, 9, 10},
    {"arguments_after_var_keyword", "def f(**k, a): pass\n",
     "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 13},
    {"slash_once", "def f(a, /, b, /): pass\n",
     "SyntaxError", "/ may appear only once", 1, 16, 17},
    {"slash_before_star", "def f(*, a, /): pass\n",
     "SyntaxError", "/ must be ahead of *", 1, 13, 14},
    {"parameters_parenthesized", "def f((a, b)): pass\n",
     "SyntaxError", "Function parameters cannot be parenthesized", 1, 7, 13},
    {"expected_default", "def f(a=): pass\n",
     "SyntaxError", "expected default value expression", 1, 8, 9},
    {"assign_to_literal", "1 = x\n",
     "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 2},
    {"assign_to_call", "f() = 1\n",
     "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 4},
    {"assign_to_expression", "a + 1 = 2\n",
     "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 6},
    {"assign_to_literal_in_chain", "x = 1 = 2\n",
     "SyntaxError", "cannot assign to literal", 1, 5, 6},
    {"assign_to_call_in_tuple", "a, f() = x\n",
     "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 7},
    {"assign_to_literal_in_parenthesized_tuple", "(a, 1) = x\n",
     "SyntaxError", "cannot assign to literal", 1, 5, 6},
    {"assign_maybe_equal_or_walrus", "f(), a = x\n",
     "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6, 11},
    {"assign_to_true", "True = 1\n",
     "SyntaxError", "cannot assign to True", 1, 1, 5},
    {"assign_to_none_in_chain", "x = None = 1\n",
     "SyntaxError", "cannot assign to None", 1, 5, 9},
    {"assign_to_yield", "x = yield = 1\n",
     "SyntaxError", "assignment to yield expression not possible", 1, 5, 10},
    {"assign_to_comparison", "a < b = 1\n",
     "SyntaxError", "cannot assign to comparison", 1, 1, 6},
    {"assign_to_conditional", "a if b else c = 1\n",
     "SyntaxError", "cannot assign to conditional expression", 1, 1, 14},
    {"assign_to_lambda", "lambda: 1 = 1\n",
     "SyntaxError", "cannot assign to lambda", 1, 1, 10},
    {"assign_to_generator", "(x for x in y) = 1\n",
     "SyntaxError", "cannot assign to generator expression", 1, 1, 15},
    {"assign_to_list_comprehension", "[x for x in y] = 1\n",
     "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 15},
    {"starred_target_alone", "*a = 1\n",
     "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1, 3},
    {"starred_target_alone_in_chain", "a = *b = 1\n",
     "SyntaxError", "starred assignment target must be in a list or tuple", 1, 5, 7},
    {"augmented_tuple", "(a, b) += 1\n",
     "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 7},
    {"augmented_call", "f() += 1\n",
     "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 4},
    {"augmented_literal", "1 += 1\n",
     "SyntaxError", "'literal' is an illegal expression for augmented assignment", 1, 1, 2},
    {"annotate_tuple", "a, b: int\n",
     "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 2},
    {"annotate_list", "[a]: int\n",
     "SyntaxError", "only single target (not list) can be annotated", 1, 1, 4},
    {"annotate_call", "f(): int\n",
     "SyntaxError", "illegal target for annotation", 1, 1, 4},
    {"delete_literal", "del 1\n",
     "SyntaxError", "cannot delete literal", 1, 5, 6},
    {"delete_call", "del f()\n",
     "SyntaxError", "cannot delete function call", 1, 5, 8},
    {"delete_starred", "del *a\n",
     "SyntaxError", "cannot delete starred", 1, 5, 7},
    {"for_target_literal", "for 1 in x:\n  pass\n",
     "SyntaxError", "cannot assign to literal", 1, 5, 6},
    {"for_target_call", "for f() in x:\n  pass\n",
     "SyntaxError", "cannot assign to function call", 1, 5, 8},
    {"for_target_expression", "for x + 1 in y:\n  pass\n",
     "SyntaxError", "cannot assign to expression", 1, 5, 10},
    {"comprehension_target_literal", "[x for 1 in y]\n",
     "SyntaxError", "cannot assign to literal", 1, 8, 9},
    {"with_target_literal", "with a as 1:\n  pass\n",
     "SyntaxError", "cannot assign to literal", 1, 11, 12},
    {"walrus_on_attribute", "(a.b := 1)\n",
     "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 5},
    {"walrus_at_statement_level", "x := 1\n",
     "SyntaxError", "invalid syntax", 1, 3, 5},
    {"starred_in_group", "(*a)\n",
     "SyntaxError", "cannot use starred expression here", 1, 2, 4},
    {"double_starred_in_group", "(**a)\n",
     "SyntaxError", "cannot use double starred expression here", 1, 2, 4},
    {"unpacking_in_comprehension", "[*a for a in b]\n",
     "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 4},
    {"comprehension_target_without_parentheses", "[a, b for a, b in c]\n",
     "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 6},
    {"dict_unpacking_in_comprehension", "{**a for a in b}\n",
     "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 2, 4},
    {"dict_value_missing", "{a:}\n",
     "SyntaxError", "expression expected after dictionary key and ':'", 1, 3, 4},
    {"dict_value_starred", "{a: *b}\n",
     "SyntaxError", "cannot use a starred expression in a dictionary value", 1, 5, 7},
    {"dict_key_without_colon", "{1: 2, 3}\n",
     "SyntaxError", "':' expected after dictionary key", 1, 8, 0},
    {"multiple_exception_types", "try:\n  pass\nexcept A, B:\n  pass\n",
     "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 12},
    {"trailing_comma_import", "from x import a,\n",
     "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 17},
    {"fstring_empty_expression", "x = f'{}'\n",
     "SyntaxError", "f-string: empty expression not allowed", 1, 10, 10},
    {"fstring_empty_expression_before_token", "x = f'{}' + 1\n",
     "SyntaxError", "f-string: empty expression not allowed", 1, 11, 12},
    {"fstring_single_closing_brace", "x = f'}'\n",
     "SyntaxError", "f-string: single '}' is not allowed", 1, 9, 9},
    {"fstring_expecting_brace", "x = f'{x'\n",
     "SyntaxError", "f-string: expecting '}'", 1, 10, 10},
    {"fstring_invalid_conversion", "x = f'{x!z}'\n",
     "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13, 13},
    {"fstring_expression_error_relative_columns", "x = f'{a b}'\n",
     "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 5},
    {"fstring_expression_error_next_line", "x = (\n  f'{a b}')\n",
     "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 2, 5},
    {"fstring_nested_too_deeply", "x = f'{x:{y:{z}}}'\n",
     "SyntaxError", "f-string: expressions nested too deeply", 1, 19, 19},
    {"fstring_backslash", "x = f'{\\n}'\n",
     "SyntaxError", "f-string expression part cannot include a backslash", 1, 12, 12},
    {"fstring_comment", "x = f'{#}'\n",
     "SyntaxError", "f-string expression part cannot include '#'", 1, 11, 11},
    {"fstring_unmatched_paren", "x = f'{)}'\n",
     "SyntaxError", "f-string: unmatched ')'", 1, 11, 11},
    {"fstring_expression_required", "x = f'{!r}'\n",
     "SyntaxError", "f-string: expression required before '!'", 1, 12, 12},
    {"fstring_tokenizer_error_inside", "x = f'{1abc}'\n",
     "SyntaxError", "invalid decimal literal", 1, 2, 2},
    {"truncated_x_escape", "x = '\\x4'\n",
     "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 10},
    {"illegal_unicode_escape", "x = '\\U00110000'\n",
     "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17, 17},
    {"bytes_bad_x_escape", "x = b'\\x4'\n",
     "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 11, 11},
    {"mixed_bytes_and_str", "x = 'a' b'b'\n",
     "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 13},
    {"complex_unsupported", "x = 1j + 2\n",
     "error", "complex numbers are not supported in looplab", 1, 5, 7},
    {"match_unsupported", "match x:\n    case 1:\n        pass\n",
     "error", "the match statement is not supported by looplab", 1, 1, 6},
    {"except_star_after_except", "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
     "SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 8},
    {"except_after_except_star", "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
     "SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 7},
    {"except_star_without_type", "try:\n    pass\nexcept*:\n    pass\n",
     "SyntaxError", "expected one or more exception types", 3, 8, 9},
    {"syntax_error_wins_over_unsupported", "x = 1j\ny = (1 2)\n",
     "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 2, 6, 9},
    {"match_as_name_still_works_in_error", "match x\n  case 1:\n    pass\n",
     "SyntaxError", "expected ':'", 1, 8, 8},
};

class ParserErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ParserErrors, MatchesCPython) {
  const ErrorCase& c = GetParam();
  ParseResult r = parse_module(c.source, "t.py");
  ASSERT_TRUE(r.error) << dump(c.source);
  EXPECT_FALSE(r.module);
  EXPECT_EQ(r.error->kind, c.kind);
  EXPECT_EQ(r.error->message, c.message);
  EXPECT_EQ(r.error->line, c.line);
  EXPECT_EQ(r.error->col, c.col);
  EXPECT_EQ(r.error->caret_end_col, c.caret_end_col);
  EXPECT_EQ(r.error->file, "t.py");
}

INSTANTIATE_TEST_SUITE_P(CPython311, ParserErrors, ::testing::ValuesIn(kErrorCases),
                         [](const ::testing::TestParamInfo<ErrorCase>& info) { return std::string(info.param.name); });

// ---------------------------------------------------------------------------------------
// Details the rendering above does not show

template <typename T>
const T& as(const Expr& e) {
  return static_cast<const T&>(e);
}

const Expr& expr_of(const ParseResult& r, size_t i = 0) {
  const Stmt& s = *r.module->body.at(i);
  if (s.kind == StmtKind::Assign) return *static_cast<const Assign&>(s).value;
  return *static_cast<const ExprStmt&>(s).value;
}

TEST(Parser, TupleRemembersParentheses) {
  ParseResult r = parse_module("(1, 2)\n1, 2\n()\n", "t.py");
  ASSERT_TRUE(r.module);
  EXPECT_TRUE(as<Tuple>(expr_of(r, 0)).parenthesized);
  EXPECT_FALSE(as<Tuple>(expr_of(r, 1)).parenthesized);
  EXPECT_TRUE(as<Tuple>(expr_of(r, 2)).parenthesized);
}

TEST(Parser, DoubleStarredKeywordHasNoName) {
  ParseResult r = parse_module("f(a=1, **d)\n", "t.py");
  ASSERT_TRUE(r.module);
  const Call& c = as<Call>(expr_of(r));
  ASSERT_EQ(c.keywords.size(), 2u);
  EXPECT_EQ(c.keywords[0].name, "a");
  EXPECT_TRUE(c.keywords[1].name.empty());
  EXPECT_EQ(c.keywords[1].span.col, 7);
}

TEST(Parser, DictUnpackingHasNullKey) {
  ParseResult r = parse_module("{**a, 'b': 1}\n", "t.py");
  ASSERT_TRUE(r.module);
  const Dict& d = as<Dict>(expr_of(r));
  EXPECT_EQ(d.keys[0], nullptr);
  EXPECT_NE(d.keys[1], nullptr);
}

TEST(Parser, ContextsOfTargets) {
  ParseResult r = parse_module("del a, b.c\nfor (x, *y) in z: pass\nwith m as n: pass\n[q for q in r]\n(w := 1)\n", "t.py");
  ASSERT_TRUE(r.module);
  auto& del = static_cast<const Delete&>(*r.module->body[0]);
  EXPECT_EQ(as<Name>(*del.targets[0]).ctx, Ctx::Del);
  EXPECT_EQ(as<Attribute>(*del.targets[1]).ctx, Ctx::Del);
  EXPECT_EQ(as<Name>(*as<Attribute>(*del.targets[1]).value).ctx, Ctx::Load);
  auto& loop = static_cast<const For&>(*r.module->body[1]);
  const Tuple& target = as<Tuple>(*loop.target);
  EXPECT_EQ(target.ctx, Ctx::Store);
  EXPECT_EQ(as<Starred>(*target.elts[1]).ctx, Ctx::Store);
  EXPECT_EQ(as<Name>(*as<Starred>(*target.elts[1]).value).ctx, Ctx::Store);
  auto& with = static_cast<const With&>(*r.module->body[2]);
  EXPECT_EQ(as<Name>(*with.items[0].optional_vars).ctx, Ctx::Store);
  const Comp& comp = as<Comp>(expr_of(r, 3));
  EXPECT_EQ(as<Name>(*comp.generators[0].target).ctx, Ctx::Store);
  EXPECT_EQ(comp.generators[0].span.col, 3);  // from `for` ...
  EXPECT_EQ(comp.generators[0].span.end_col, 13);  // ... to the end of the clause
  EXPECT_EQ(as<Name>(*as<NamedExpr>(expr_of(r, 4)).target).ctx, Ctx::Store);
}

TEST(Parser, AnnotationSimpleFlag) {
  ParseResult r = parse_module("x: int\n(y): int\nz.a: int\n", "t.py");
  ASSERT_TRUE(r.module);
  EXPECT_TRUE(static_cast<const AnnAssign&>(*r.module->body[0]).simple);
  EXPECT_FALSE(static_cast<const AnnAssign&>(*r.module->body[1]).simple);
  EXPECT_FALSE(static_cast<const AnnAssign&>(*r.module->body[2]).simple);
}

TEST(Parser, FStringConversions) {
  ParseResult r = parse_module("f'{x=}'\nf'{x=:>5}'\nf'{x=!s}'\nf'{x!a}'\nf'{x}'\n", "t.py");
  ASSERT_TRUE(r.module);
  auto conversion = [&](size_t i) {
    const JoinedStr& j = as<JoinedStr>(expr_of(r, i));
    return as<FormattedValue>(*j.values.back()).conversion;
  };
  EXPECT_EQ(conversion(0), 'r');
  EXPECT_EQ(conversion(1), 0);
  EXPECT_EQ(conversion(2), 's');
  EXPECT_EQ(conversion(3), 'a');
  EXPECT_EQ(conversion(4), 0);
  EXPECT_EQ(as<Constant>(*as<JoinedStr>(expr_of(r, 0)).values[0]).str_value, "x=");
}

// CPython 3.11 misplaces the columns of fields on the later lines of an f-string that does
// not start in column 0; looplab points at the field itself.
TEST(Parser, FStringFieldOnLaterLinePointsIntoTheFile) {
  ParseResult r = parse_module("x = f'''\n  {value}'''\n", "t.py");
  ASSERT_TRUE(r.module);
  const JoinedStr& j = as<JoinedStr>(expr_of(r));
  const Name& n = as<Name>(*as<FormattedValue>(*j.values[1]).value);
  EXPECT_EQ(n.id, "value");
  EXPECT_EQ(n.span.line, 2);
  EXPECT_EQ(n.span.col, 3);
  EXPECT_EQ(n.span.end_col, 8);
}

TEST(Parser, NestedFStringInField) {
  ParseResult r = parse_module("s = f\"a{f'{x}' + y}\"\n", "t.py");
  ASSERT_TRUE(r.module);
  const BinOp& b = as<BinOp>(*as<FormattedValue>(*as<JoinedStr>(expr_of(r)).values[1]).value);
  const Name& x = as<Name>(*as<FormattedValue>(*as<JoinedStr>(*b.left).values[0]).value);
  EXPECT_EQ(x.span.col, 11);
  EXPECT_EQ(as<Name>(*b.right).span.col, 17);
}

TEST(Parser, BigIntegersKeepTheirDigits) {
  ParseResult r = parse_module(
      "a = 9223372036854775807\nb = 9223372036854775808\nc = 0xFF_FFFF_FFFF_FFFF_FFFF\nd = 0o7777777777777777777777\n"
      "e = 0b1" + std::string(64, '0') + "\n",
      "t.py");
  ASSERT_TRUE(r.module);
  EXPECT_EQ(as<Constant>(expr_of(r, 0)).type, Constant::Type::Int);
  EXPECT_EQ(as<Constant>(expr_of(r, 0)).int_value, INT64_MAX);
  // BigInt: a form that mpz_set_str(z, s, 0) reads (decimal, 0x..., 0b..., or 0... for octal)
  EXPECT_EQ(as<Constant>(expr_of(r, 1)).big_digits, "9223372036854775808");
  EXPECT_EQ(as<Constant>(expr_of(r, 2)).big_digits, "0xFFFFFFFFFFFFFFFFFF");
  EXPECT_EQ(as<Constant>(expr_of(r, 3)).big_digits, "07777777777777777777777");
  EXPECT_EQ(as<Constant>(expr_of(r, 4)).big_digits, "0b1" + std::string(64, '0'));
  for (size_t i = 1; i < 5; ++i) EXPECT_EQ(as<Constant>(expr_of(r, i)).type, Constant::Type::BigInt);
}

TEST(Parser, HugeDecimalLiteralHitsCPythonsLimit) {
  ParseResult r = parse_module("x = " + std::string(4301, '7') + "\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message.substr(0, 40), "Exceeds the limit (4300 digits) for inte");
  ParseResult ok = parse_module("x = " + std::string(4300, '7') + "\ny = 0x" + std::string(20000, 'f') + "\n", "t.py");
  EXPECT_TRUE(ok.module);
}

TEST(Parser, FloatsAreCorrectlyRounded) {
  ParseResult r = parse_module("0.1, 1_000.5, 1e400, 1e-400, 4.9e-324, 2.2250738585072014e-308, 9007199254740993.0\n",
                               "t.py");
  ASSERT_TRUE(r.module);
  const Tuple& t = as<Tuple>(expr_of(r));
  auto value = [&](size_t i) { return as<Constant>(*t.elts[i]).float_value; };
  EXPECT_EQ(value(0), 0.1);
  EXPECT_EQ(value(1), 1000.5);
  EXPECT_TRUE(std::isinf(value(2)));
  EXPECT_EQ(value(3), 0.0);
  EXPECT_EQ(value(4), 4.9e-324);
  EXPECT_EQ(value(5), 2.2250738585072014e-308);
  EXPECT_EQ(value(6), 9007199254740992.0);  // ties to even
}

TEST(Parser, StringValues) {
  ParseResult r = parse_module("'\\x41\\u00e9\\U0001F600\\101\\0\\d' b'\\xff\\777' '\\\n'\n", "t.py");
  ASSERT_TRUE(r.error);  // mixing bytes and str
  r = parse_module("x = '\\x41\\u00e9\\U0001F600\\101\\0\\d'\ny = b'\\xff\\777'\nz = 'a\\\nb'\n", "t.py");
  ASSERT_TRUE(r.module);
  EXPECT_EQ(as<Constant>(expr_of(r, 0)).str_value, std::string("A\xC3\xA9\xF0\x9F\x98\x80" "A") + '\0' + "\\d");
  EXPECT_EQ(as<Constant>(expr_of(r, 1)).type, Constant::Type::Bytes);
  EXPECT_EQ(as<Constant>(expr_of(r, 1)).str_value, "\xff\xff");
  EXPECT_EQ(as<Constant>(expr_of(r, 2)).str_value, "ab");
}

TEST(Parser, FunctionNameAndArgumentSpans) {
  ParseResult r = parse_module("def  f(a: int = 1, *, b):\n    pass\n", "t.py");
  ASSERT_TRUE(r.module);
  const FunctionDef& f = static_cast<const FunctionDef&>(*r.module->body[0]);
  EXPECT_EQ(f.name_span.col, 5);
  EXPECT_EQ(f.name_span.end_col, 6);
  EXPECT_EQ(f.args.args[0].span.col, 7);
  EXPECT_EQ(f.args.args[0].span.end_col, 13);  // the name and its annotation
  ASSERT_EQ(f.args.kw_defaults.size(), 1u);
  EXPECT_EQ(f.args.kw_defaults[0], nullptr);
}

TEST(Parser, NullByteAfterAnEarlierSyntaxError) {
  // CPython reads the file line by line; the NUL on line 3 is found while it checks the
  // rest of the file after the syntax error on line 1, and wins.
  const char source[] = "x = (1 2)\ny = 2\n\x00\n";
  ParseResult r = parse_module(std::string(source, sizeof source - 1), "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "source code cannot contain null bytes");
  EXPECT_EQ(r.error->line, 3);
  EXPECT_EQ(r.error->col, 0);
}

TEST(Parser, EmptyAndCommentOnlyFiles) {
  EXPECT_TRUE(parse_module("", "t.py").module);
  EXPECT_TRUE(parse_module("# nothing\n\n   \n", "t.py").module);
  EXPECT_TRUE(parse_module("\xEF\xBB\xBF", "t.py").module);
}

// ---------------------------------------------------------------------------------------
// Valid Python that looplab does not run: reported only when nothing else is wrong.

TEST(Parser, UnsupportedFeatures) {
  struct Case {
    const char* source;
    const char* message;
  };
  const Case cases[] = {
      {"x = 1j\n", "complex numbers are not supported in looplab"},
      {"match cmd:\n    case [x]:\n        pass\n", "the match statement is not supported by looplab"},
  };
  for (const Case& c : cases) {
    ParseResult r = parse_module(c.source, "t.py");
    ASSERT_TRUE(r.error) << c.source;
    EXPECT_EQ(r.error->kind, "error");
    EXPECT_EQ(r.error->message, c.message);
  }
  // except* is supported
  EXPECT_TRUE(parse_module("try:\n    pass\nexcept* E:\n    pass\n", "t.py").module);
  // `match` stays usable as a name
  EXPECT_TRUE(parse_module("match = [1]\nmatch[0] = 2\nmatch(x)\nprint(match)\n", "t.py").module);
  // \N{...} escapes are decoded, in plain and f-string literals alike
  EXPECT_TRUE(parse_module("x = '\\N{DEGREE SIGN}'\ny = f'\\N{BULLET} {x}'\n", "t.py").module);
}

// ---------------------------------------------------------------------------------------
// Limits: nothing recurses without bound.

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(ParserLimits, NestingLikeCPythonsCompiler) {
  EXPECT_TRUE(parse_module(repeat("-", 2989) + "1\n", "t.py").module);
  ParseResult r = parse_module(repeat("-", 2990) + "1\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->kind, "RecursionError");
  EXPECT_EQ(r.error->message, "maximum recursion depth exceeded during compilation");
}

TEST(ParserLimits, DeepExpressionsGiveADiagnostic) {
  const std::string sources[] = {
      repeat("-", 5000) + "1\n",
      repeat("-", 100000) + "1\n",
      repeat("not ", 5000) + "x\n",
      repeat("2**", 5000) + "2\n",
      repeat("lambda:", 5000) + "1\n",
      "x = " + repeat("1 if 1 else ", 5000) + "1\n",
      "x" + repeat(".y", 5000) + "\n",
      "x" + repeat("()", 5000) + "\n",
      "x" + repeat("[0]", 5000) + "\n",
      repeat("1+", 5000) + "1\n",
      "f'{" + repeat("-", 5000) + "1}'\n",
  };
  for (const std::string& s : sources) {
    ParseResult r = parse_module(s, "t.py");
    ASSERT_TRUE(r.error) << s.substr(0, 20);
    EXPECT_EQ(r.error->kind, "RecursionError") << s.substr(0, 20);
  }
}

TEST(ParserLimits, DeepBracketsStopInTheTokenizer) {
  ParseResult r = parse_module(repeat("(", 5000) + "1" + repeat(")", 5000) + "\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "too many nested parentheses");
  EXPECT_EQ(r.error->col, 201);
  EXPECT_TRUE(parse_module(repeat("[", 199) + repeat("]", 199) + "\n", "t.py").module);
}

TEST(ParserLimits, LongFlatSequencesAreFine) {
  EXPECT_TRUE(parse_module("x = [" + repeat("1, ", 100000) + "]\n", "t.py").module);
  EXPECT_TRUE(parse_module("x = a" + repeat(" and a", 20000) + "\n", "t.py").module);
  EXPECT_TRUE(parse_module("x = a" + repeat(" < a", 20000) + "\n", "t.py").module);
  EXPECT_TRUE(parse_module(repeat("x = 1\n", 50000), "t.py").module);
}

// ---------------------------------------------------------------------------------------
// Robustness: every input returns (run these under -DLOOPLAB_SANITIZE=ON too).

const char* const kProgram = R"(import asyncio

async def worker(name, queue, *, delay=0.1):
    while True:
        item = await queue.get()
        if item is None:
            break
        print(f"{name!r:>{8}} got {item=}", sep='')
        await asyncio.sleep(delay * item)

class Account(Base, metaclass=Meta):
    def __init__(self, owner, balance=0, /, **kw):
        self.owner, *self.rest = owner, balance
        self.data = {k: [v ** 2 for v in range(k) if v % 2] for k in (1, 2)}

try:
    x = lambda a, b=2: (a if a else b) @ b
except (ValueError, KeyError) as e:
    raise RuntimeError("bad") from e
finally:
    del x
with open("f") as f, (yield):
    pass
)";

TEST(ParserRobustness, EveryPrefixOfAProgram) {
  std::string program = kProgram;
  ASSERT_TRUE(parse_module(program, "t.py").module) << dump(program);
  for (size_t n = 0; n <= program.size(); ++n) {
    ParseResult r = parse_module(program.substr(0, n), "t.py");
    EXPECT_TRUE(r.module || r.error);
    if (r.error) {
      EXPECT_GE(r.error->line, 0);
      EXPECT_FALSE(r.error->message.empty());
    }
  }
}

TEST(ParserRobustness, RandomEditsOfAProgram) {
  std::mt19937 rng(42);
  const std::string program = kProgram;
  const char* pieces[] = {"(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "    ", "\t", "'", "\"", "f'{", "}'",
                          "lambda", "if", "else", "for", "in", "*", "**", "\\", "#", "1", "x", "@", ":=", "->", "\xff",
                          "\xc3\xa9", "\x00"};
  for (int round = 0; round < 2000; ++round) {
    std::string s = program;
    int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      size_t at = rng() % (s.size() + 1);
      if (rng() % 2 == 0 && at < s.size()) {
        s.erase(at, 1 + rng() % 4);
      } else {
        std::string piece = pieces[rng() % (sizeof pieces / sizeof pieces[0])];
        if (piece.empty()) piece.push_back('\0');
        s.insert(at, piece);
      }
    }
    ParseResult r = parse_module(s, "t.py");
    EXPECT_TRUE(r.module || r.error);
  }
}

TEST(ParserRobustness, RandomBytes) {
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    size_t n = rng() % 200;
    for (size_t i = 0; i < n; ++i) {
      // mostly Python punctuation and keywords' letters, sometimes any byte
      const char* common = "()[]{}:,.=+-*/%<>!'\"#\\\n\t abcdefgijlmnoprstuwxy0123456789_@&|^~;";
      s += rng() % 8 == 0 ? static_cast<char>(rng() % 256) : common[rng() % std::char_traits<char>::length(common)];
    }
    ParseResult r = parse_module(s, "t.py");
    EXPECT_TRUE(r.module || r.error);
  }
}

TEST(ParserRobustness, MegabyteLine) {
  std::string s = "x = [" + repeat("(a, 'b', 1.5), ", 60000) + "]\n";
  ASSERT_GT(s.size(), 900000u);
  ParseResult r = parse_module(s, "t.py");
  ASSERT_TRUE(r.module);
  const List& l = as<List>(expr_of(r));
  EXPECT_EQ(l.elts.size(), 60000u);
  EXPECT_EQ(l.elts.back()->span.col, static_cast<int32_t>(s.size() - 17));
}

TEST(ParserDiagnostics, SourceLineAndMultiLineRange) {
  ParseResult r = parse_module("x = 1\nf(x for x in y,\n  1)\n", "prog.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->file, "prog.py");
  EXPECT_EQ(r.error->source_line, "f(x for x in y,");
  EXPECT_EQ(r.error->message, "Generator expression must be parenthesized");
  EXPECT_EQ(r.error->line, 2);
  EXPECT_EQ(r.error->col, 3);
}

}  // namespace
}  // namespace looplab
