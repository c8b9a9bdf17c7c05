// The parser, part 3: assignment targets (contexts and CPython's checks on them),
// parameter lists, and the compile-time limits CPython applies to a parsed file.
#include <unordered_set>

#include "core/parse_internal.h"

namespace looplab::parse {

using ast::Expr;
using ast::ExprKind;
using ast::ExprPtr;
using ast::Span;

// CPython's _PyPegen_get_expr_name: how messages name an expression.
const char* Parser::expr_name(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (static_cast<const ast::Constant&>(e).type) {
        case ast::Constant::Type::None: return "None";
        case ast::Constant::Type::True: return "True";
        case ast::Constant::Type::False: return "False";
        case ast::Constant::Type::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be assigned
// to (or deleted), or null when the target is fine.
const Expr* Parser::invalid_target(const Expr* e, Targets type) {
  if (e == nullptr) return nullptr;
  switch (e->kind) {
    case ExprKind::List:
      for (const ExprPtr& elt : static_cast<const ast::List*>(e)->elts) {
        if (const Expr* bad = invalid_target(elt.get(), type)) return bad;
      }
      return nullptr;
    case ExprKind::Tuple:
      for (const ExprPtr& elt : static_cast<const ast::Tuple*>(e)->elts) {
        if (const Expr* bad = invalid_target(elt.get(), type)) return bad;
      }
      return nullptr;
    case ExprKind::Starred:
      if (type == Targets::Del) return e;
      return invalid_target(static_cast<const ast::Starred*>(e)->value.get(), type);
    case ExprKind::Compare:
      // `for a in b` parsed as an expression is a comparison; look left of the `in`.
      if (type == Targets::For) {
        auto* c = static_cast<const ast::Compare*>(e);
        if (c->ops.front() == ast::CmpOpKind::In) return invalid_target(c->left.get(), type);
        return nullptr;
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

void Parser::set_context(Expr& e, ast::Ctx ctx) {
  switch (e.kind) {
    case ExprKind::Name: static_cast<ast::Name&>(e).ctx = ctx; break;
    case ExprKind::Attribute: static_cast<ast::Attribute&>(e).ctx = ctx; break;
    case ExprKind::Subscript: static_cast<ast::Subscript&>(e).ctx = ctx; break;
    case ExprKind::Starred: {
      auto& s = static_cast<ast::Starred&>(e);
      s.ctx = ctx;
      set_context(*s.value, ctx);
      break;
    }
    case ExprKind::List: {
      auto& l = static_cast<ast::List&>(e);
      l.ctx = ctx;
      for (ExprPtr& elt : l.elts) set_context(*elt, ctx);
      break;
    }
    case ExprKind::Tuple: {
      auto& t = static_cast<ast::Tuple&>(e);
      t.ctx = ctx;
      for (ExprPtr& elt : t.elts) set_context(*elt, ctx);
      break;
    }
    default:
      break;
  }
}

// A starred target alone (`*a = ...`, `for *a in ...`) is valid grammar; CPython's
// compiler rejects it.
void check_lone_starred(Parser& p, const Expr& e) {
  if (e.kind == ExprKind::Starred) p.defer_error(e.span, "starred assignment target must be in a list or tuple");
}

// The target of `for`, of a comprehension's `for`, or of `with ... as`.
void Parser::check_store_target(Expr& e, Targets type) {
  if (const Expr* bad = invalid_target(&e, type)) {
    error_at(bad->span, std::string("cannot assign to ") + expr_name(*bad));
  }
  check_lone_starred(*this, e);
  set_context(e, ast::Ctx::Store);
}

// Does a list display, a parenthesized tuple, a generator expression, True, None or False
// start at token `start`? (the lookahead !(list|tuple|genexp|'True'|'None'|'False') of
// invalid_named_expression)
bool Parser::starts_with_excluded_atom(size_t start) {
  const Token t = tokens_[start];
  if (t.kind == TokenKind::KwTrue || t.kind == TokenKind::KwNone || t.kind == TokenKind::KwFalse) return true;
  if (t.kind != TokenKind::LSqb && t.kind != TokenKind::LPar) return false;
  size_t saved = pos_;
  int32_t saved_line = last_end_line_, saved_col = last_end_col_;
  bool excluded = false;
  reset(start);
  speculate([&] {
    ExprPtr a = atom();
    bool own_span = a->span.line == t.line && a->span.col == t.col;
    excluded = own_span && (a->kind == ExprKind::List || a->kind == ExprKind::Tuple ||
                            a->kind == ExprKind::GeneratorExp);
  });
  reset(saved);
  last_end_line_ = saved_line;
  last_end_col_ = saved_col;
  return excluded;
}

// A bitwise_or parsed from token `start`, without consuming anything; `end` receives the
// index just past it. Null when none parses there.
ExprPtr Parser::parse_bitwise_or_at(size_t start, size_t& end) {
  size_t saved = pos_;
  int32_t saved_line = last_end_line_, saved_col = last_end_col_;
  ExprPtr result;
  reset(start);
  if (speculate([&] { result = bitwise_or(); })) end = pos_;
  reset(saved);
  last_end_line_ = saved_line;
  last_end_col_ = saved_col;
  return result;
}

// invalid_named_expression, at an '=' after expression `e` that began at token `start`:
//   | a=NAME '=' b=bitwise_or !('='|':=')   "invalid syntax. Maybe you meant '==' or ':=' ..."
//   | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
//                                            "cannot assign to %s here. Maybe you meant '==' ..."
// Returns normally when neither applies.
void Parser::check_equal_after(size_t start, size_t equal) {
  const Token first = tokens_[start];
  bool name_form = first.kind == TokenKind::Name && start + 1 == equal;
  ExprPtr target;
  if (!name_form && !starts_with_excluded_atom(start)) {
    size_t target_end = 0;
    target = parse_bitwise_or_at(start, target_end);
    if (target && target_end != equal) target.reset();
  }
  if (!name_form && !target) return;
  size_t value_end = 0;
  ExprPtr value = parse_bitwise_or_at(equal + 1, value_end);
  if (!value) return;
  TokenKind after = peek_at(value_end).kind;
  if (after == TokenKind::Equal || after == TokenKind::ColonEqual) return;
  if (name_form) {
    error_range(span_of(first), value->span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  error_at(target->span, std::string("cannot assign to ") + expr_name(*target) +
                             " here. Maybe you meant '==' instead of '='?");
}

void Parser::fail_at_equal(size_t start, const Expr* e, bool in_call, size_t furthest) {
  if (in_call && e != nullptr) {
    error_range(e->span, span_of(peek()), "expression cannot contain assignment, perhaps you meant \"==\"?");
  }
  check_equal_after(start, mark());
  invalid_syntax(furthest);
}

// Whether a target of `=` is valid grammar (star_targets). A lone starred target is valid
// grammar that the compiler rejects (see check_lone_starred).
bool Parser::assignable(const Expr& e, bool is_yield) {
  return !is_yield && invalid_target(&e, Targets::Star) == nullptr;
}

// The assignment `t1 = t2 = ... = tn = ...` has an invalid target tn (the last of `targets`,
// followed by the '=' at equals.back()). CPython's second pass tries, in order:
// invalid_named_expression on the element just before the first '='; then
// (star_targets '=')* star_expressions '=' (the first invalid target); then the same with a
// yield expression.
void Parser::invalid_assignment(const std::vector<ExprPtr>& targets, const std::vector<bool>& is_yield,
                                size_t first_index, const std::vector<size_t>& equals) {
  if (!is_yield[0]) {
    const Expr* first = targets[0].get();
    size_t element_start = first_index;
    if (first->kind == ExprKind::Tuple && !static_cast<const ast::Tuple*>(first)->parenthesized) {
      const Expr* last = static_cast<const ast::Tuple*>(first)->elts.back().get();
      element_start = token_index_at(last->span.line, last->span.col);
      // A parenthesized last element starts at its '(' (the node starts inside).
      while (element_start > first_index && tokens_[element_start - 1].kind == TokenKind::LPar &&
             tokens_[element_start - 2].kind == TokenKind::Comma) {
        --element_start;
      }
    }
    check_equal_after(element_start, equals[0]);
  }
  const Expr* bad_target = targets.back().get();
  if (is_yield.back()) error_at(bad_target->span, "assignment to yield expression not possible");
  if (const Expr* bad = invalid_target(bad_target, Targets::Star)) {
    error_at(bad->span, std::string("cannot assign to ") + expr_name(*bad));
  }
  invalid_syntax();
}

// single_target augassign: only a name, an attribute or a subscript.
void Parser::check_aug_target(const Expr& e) {
  if (e.kind == ExprKind::Name || e.kind == ExprKind::Attribute || e.kind == ExprKind::Subscript) return;
  error_at(e.span, std::string("'") + expr_name(e) + "' is an illegal expression for augmented assignment");
}

// invalid_assignment, annotated forms:
//   | a=invalid_ann_assign_target ':' expression   "only single target (not %s) can be annotated"
//   | a=star_named_expression ',' star_named_expressions* ':' expression   "... (not tuple) ..."
//   | a=expression ':' expression                  "illegal target for annotation"
void Parser::check_ann_target(const Expr& e) {
  if (e.kind == ExprKind::Name || e.kind == ExprKind::Attribute || e.kind == ExprKind::Subscript) return;
  if (e.kind == ExprKind::Tuple || e.kind == ExprKind::List) {
    auto& elts = e.kind == ExprKind::Tuple ? static_cast<const ast::Tuple&>(e).elts : static_cast<const ast::List&>(e).elts;
    if (e.kind == ExprKind::Tuple && !static_cast<const ast::Tuple&>(e).parenthesized) {
      error_at(elts.front()->span, "only single target (not tuple) can be annotated");
    }
    error_at(e.span, std::string("only single target (not ") + expr_name(e) + ") can be annotated");
  }
  error_at(e.span, "illegal target for annotation");
}

void Parser::check_del_targets(ast::ExprList& targets) {
  for (ExprPtr& t : targets) {
    if (const Expr* bad = invalid_target(t.get(), Targets::Del)) {
      error_at(bad->span, std::string("cannot delete ") + expr_name(*bad));
    }
  }
  for (ExprPtr& t : targets) set_context(*t, ast::Ctx::Del);
}

// ---------------------------------------------------------------------------------------
// Parameters
//
// params: slash_no_default param_no_default* param_with_default* [star_etc]
//       | slash_with_default param_with_default* [star_etc]
//       | param_no_default+ param_with_default* [star_etc]
//       | param_with_default+ [star_etc] | star_etc
// star_etc: '*' param_no_default param_maybe_default* [kwds] | '*' ',' param_maybe_default+ [kwds]
//         | kwds
// kwds: '**' param_no_default
// (lambda_params: the same without annotations)
void Parser::parameters(ast::Arguments& args, bool lambda) {
  TokenKind closing = lambda ? TokenKind::Colon : TokenKind::RPar;
  bool default_seen = false, star_seen = false, kwarg_seen = false, slash_seen = false;

  // star_annotation (`*args: *Ts`) only after '*'
  auto param = [&](bool star_annotation = false) -> ast::Arg {
    Token name = expect(TokenKind::Name);
    ast::Arg a;
    a.name = name_of(name);
    if (!lambda && accept(TokenKind::Colon)) {
      if (star_annotation && at(TokenKind::Star)) {
        star_expression();
      } else {
        expression();
      }
    }
    a.span = span_from(name);
    return a;
  };

  while (!at(closing)) {
    Token t = peek();
    if (kwarg_seen) {
      // invalid_kwds: '**' param ',' (param | '*' | '**' | '/')
      if (t.kind == TokenKind::Name) {
        ast::Arg a = param();
        error_at(a.span, "arguments cannot follow var-keyword argument");
      }
      if (t.kind == TokenKind::Star || t.kind == TokenKind::DoubleStar || t.kind == TokenKind::Slash) {
        error_at(t, "arguments cannot follow var-keyword argument");
      }
      invalid_syntax();
    }
    if (t.kind == TokenKind::Slash) {
      if (slash_seen) error_at(t, "/ may appear only once");
      if (star_seen) error_at(t, "/ must be ahead of *");
      if (args.args.empty()) {
        size_t furthest = fetched();
        if (peek_kind(1) == TokenKind::Comma) error_at(t, "at least one argument must precede /");
        invalid_syntax(furthest);
      }
      advance();
      if (at(TokenKind::Star)) error_at(peek(), "expected comma between / and *");
      slash_seen = true;
      args.posonlyargs = std::move(args.args);
      args.args.clear();
    } else if (t.kind == TokenKind::Star) {
      advance();
      if (star_seen) {
        if (at(TokenKind::Name) || at(TokenKind::Comma)) error_at(t, "* argument may appear only once");
        invalid_syntax();
      }
      star_seen = true;
      if (at(TokenKind::Comma) || at(closing)) {
        // A bare '*' needs keyword-only parameters after it.
        TokenKind next = at(closing) ? closing : peek_kind(1);
        if (next == closing || next == TokenKind::DoubleStar) {
          if (lambda) error_last_token("named arguments must follow bare *");
          error_at(t, "named arguments must follow bare *");
        }
      } else {
        args.vararg = std::make_unique<ast::Arg>(param(true));
        if (at(TokenKind::Equal)) error_at(peek(), "var-positional argument cannot have default value");
      }
    } else if (t.kind == TokenKind::DoubleStar) {
      advance();
      args.kwarg = std::make_unique<ast::Arg>(param());
      if (at(TokenKind::Equal)) error_at(peek(), "var-keyword argument cannot have default value");
      kwarg_seen = true;
    } else if (t.kind == TokenKind::Name) {
      ast::Arg a = param();
      ExprPtr value;
      if (at(TokenKind::Equal)) {
        Token equal = advance();
        if (at(TokenKind::Comma) || at(closing)) error_at(equal, "expected default value expression");
        value = expression();
      }
      if (star_seen) {
        args.kwonlyargs.push_back(std::move(a));
        args.kw_defaults.push_back(std::move(value));
      } else {
        if (value) {
          default_seen = true;
          args.defaults.push_back(std::move(value));
        } else if (default_seen) {
          error_at(a.span, "non-default argument follows default argument");
        }
        args.args.push_back(std::move(a));
      }
    } else if (t.kind == TokenKind::LPar) {
      // invalid_parameters: param_no_default* a='(' param_no_default+ ','? b=')'
      size_t furthest = fetched();
      Token rpar;
      bool saved_lambda = lambda;
      lambda = true;  // no annotations inside
      bool ok = speculate([&] {
        advance();
        do {
          if (at(TokenKind::RPar) && peek_at(pos_ - 1).kind == TokenKind::Comma) break;
          param();
        } while (accept(TokenKind::Comma));
        rpar = expect(TokenKind::RPar);
      });
      lambda = saved_lambda;
      if (ok) {
        error_range(span_of(t), span_of(rpar), lambda ? "Lambda expression parameters cannot be parenthesized"
                                                      : "Function parameters cannot be parenthesized");
      }
      invalid_syntax(furthest);
    } else {
      invalid_syntax();
    }
    if (!accept(TokenKind::Comma)) break;
  }
}

// Two parameters with one name: CPython's symtable reports it after parsing.
void Parser::check_arguments(const ast::Arguments& a) {
  std::unordered_set<std::string> seen;
  auto check = [&](const ast::Arg& arg) {
    if (!seen.insert(arg.name).second) {
      defer_error(arg.span, "duplicate argument '" + arg.name + "' in function definition");
    }
  };
  for (const ast::Arg& arg : a.posonlyargs) check(arg);
  for (const ast::Arg& arg : a.args) check(arg);
  if (a.vararg) check(*a.vararg);
  for (const ast::Arg& arg : a.kwonlyargs) check(arg);
  if (a.kwarg) check(*a.kwarg);
}

// ---------------------------------------------------------------------------------------
// Nesting limits. CPython's compiler gives up on expressions nested more than about 3000
// deep (RecursionError); so does looplab, so that nothing after the parser recurses deeper.

static void push_children(const Expr& e, std::vector<std::pair<const Expr*, int>>& stack, int depth) {
  auto push = [&](const ExprPtr& child) {
    if (child) stack.emplace_back(child.get(), depth + 1);
  };
  auto push_all = [&](const ast::ExprList& list) {
    for (const ExprPtr& child : list) push(child);
  };
  switch (e.kind) {
    case ExprKind::Name:
    case ExprKind::Constant:
      break;
    case ExprKind::JoinedStr: push_all(static_cast<const ast::JoinedStr&>(e).values); break;
    case ExprKind::FormattedValue: {
      auto& f = static_cast<const ast::FormattedValue&>(e);
      push(f.value);
      push(f.format_spec);
      break;
    }
    case ExprKind::BinOp: {
      auto& b = static_cast<const ast::BinOp&>(e);
      push(b.left);
      push(b.right);
      break;
    }
    case ExprKind::UnaryOp: push(static_cast<const ast::UnaryOp&>(e).operand); break;
    case ExprKind::BoolOp: push_all(static_cast<const ast::BoolOp&>(e).values); break;
    case ExprKind::Compare: {
      auto& c = static_cast<const ast::Compare&>(e);
      push(c.left);
      push_all(c.comparators);
      break;
    }
    case ExprKind::Call: {
      auto& c = static_cast<const ast::Call&>(e);
      push(c.func);
      push_all(c.args);
      for (const ast::Keyword& k : c.keywords) push(k.value);
      break;
    }
    case ExprKind::Attribute: push(static_cast<const ast::Attribute&>(e).value); break;
    case ExprKind::Subscript: {
      auto& s = static_cast<const ast::Subscript&>(e);
      push(s.value);
      push(s.index);
      break;
    }
    case ExprKind::Slice: {
      auto& s = static_cast<const ast::Slice&>(e);
      push(s.lower);
      push(s.upper);
      push(s.step);
      break;
    }
    case ExprKind::Starred: push(static_cast<const ast::Starred&>(e).value); break;
    case ExprKind::List: push_all(static_cast<const ast::List&>(e).elts); break;
    case ExprKind::Tuple: push_all(static_cast<const ast::Tuple&>(e).elts); break;
    case ExprKind::Set: push_all(static_cast<const ast::Set&>(e).elts); break;
    case ExprKind::Dict: {
      auto& d = static_cast<const ast::Dict&>(e);
      push_all(d.keys);
      push_all(d.values);
      break;
    }
    case ExprKind::IfExp: {
      auto& i = static_cast<const ast::IfExp&>(e);
      push(i.test);
      push(i.body);
      push(i.orelse);
      break;
    }
    case ExprKind::Lambda: {
      auto& l = static_cast<const ast::Lambda&>(e);
      push_all(l.args.defaults);
      push_all(l.args.kw_defaults);
      push(l.body);
      break;
    }
    case ExprKind::NamedExpr: {
      auto& n = static_cast<const ast::NamedExpr&>(e);
      push(n.target);
      push(n.value);
      break;
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp: {
      auto& c = static_cast<const ast::Comp&>(e);
      push(c.elt);
      push(c.key);
      push(c.value);
      for (const ast::Comprehension& g : c.generators) {
        push(g.target);
        push(g.iter);
        push_all(g.ifs);
      }
      break;
    }
    case ExprKind::Await: push(static_cast<const ast::Await&>(e).value); break;
    case ExprKind::Yield: push(static_cast<const ast::Yield&>(e).value); break;
    case ExprKind::YieldFrom: push(static_cast<const ast::YieldFrom&>(e).value); break;
  }
}

void Parser::check_expression_depth(const Expr* root) {
  if (root == nullptr || deferred_error) return;
  std::vector<std::pair<const Expr*, int>> stack{{root, 1}};
  int limit = kMaxExprDepth - block_depth_;
  while (!stack.empty()) {
    auto [e, depth] = stack.back();
    stack.pop_back();
    if (depth > limit) {
      defer_error(e->span, "maximum recursion depth exceeded during compilation", "RecursionError");
      return;
    }
    push_children(*e, stack, depth);
  }
}

// The expressions of one statement (not of the statements in its body).
void Parser::check_statement_depth(const ast::Stmt& s) {
  auto args = [&](const ast::Arguments& a) {
    for (const ExprPtr& d : a.defaults) check_expression_depth(d.get());
    for (const ExprPtr& d : a.kw_defaults) check_expression_depth(d.get());
  };
  switch (s.kind) {
    case ast::StmtKind::FunctionDef: {
      auto& f = static_cast<const ast::FunctionDef&>(s);
      for (const ExprPtr& d : f.decorators) check_expression_depth(d.get());
      args(f.args);
      check_expression_depth(f.returns.get());
      break;
    }
    case ast::StmtKind::ClassDef: {
      auto& c = static_cast<const ast::ClassDef&>(s);
      for (const ExprPtr& d : c.decorators) check_expression_depth(d.get());
      for (const ExprPtr& b : c.bases) check_expression_depth(b.get());
      for (const ast::Keyword& k : c.keywords) check_expression_depth(k.value.get());
      break;
    }
    case ast::StmtKind::Return: check_expression_depth(static_cast<const ast::Return&>(s).value.get()); break;
    case ast::StmtKind::Delete:
      for (const ExprPtr& t : static_cast<const ast::Delete&>(s).targets) check_expression_depth(t.get());
      break;
    case ast::StmtKind::Assign: {
      auto& a = static_cast<const ast::Assign&>(s);
      for (const ExprPtr& t : a.targets) check_expression_depth(t.get());
      check_expression_depth(a.value.get());
      break;
    }
    case ast::StmtKind::AugAssign: {
      auto& a = static_cast<const ast::AugAssign&>(s);
      check_expression_depth(a.target.get());
      check_expression_depth(a.value.get());
      break;
    }
    case ast::StmtKind::AnnAssign: {
      auto& a = static_cast<const ast::AnnAssign&>(s);
      check_expression_depth(a.target.get());
      check_expression_depth(a.annotation.get());
      check_expression_depth(a.value.get());
      break;
    }
    case ast::StmtKind::For: {
      auto& f = static_cast<const ast::For&>(s);
      check_expression_depth(f.target.get());
      check_expression_depth(f.iter.get());
      break;
    }
    case ast::StmtKind::While: check_expression_depth(static_cast<const ast::While&>(s).test.get()); break;
    case ast::StmtKind::If: check_expression_depth(static_cast<const ast::If&>(s).test.get()); break;
    case ast::StmtKind::With:
      for (const ast::WithItem& item : static_cast<const ast::With&>(s).items) {
        check_expression_depth(item.context_expr.get());
        check_expression_depth(item.optional_vars.get());
      }
      break;
    case ast::StmtKind::Raise: {
      auto& r = static_cast<const ast::Raise&>(s);
      check_expression_depth(r.exc.get());
      check_expression_depth(r.cause.get());
      break;
    }
    case ast::StmtKind::Try:
      for (const ast::ExceptHandler& h : static_cast<const ast::Try&>(s).handlers) check_expression_depth(h.type.get());
      break;
    case ast::StmtKind::Assert: {
      auto& a = static_cast<const ast::Assert&>(s);
      check_expression_depth(a.test.get());
      check_expression_depth(a.msg.get());
      break;
    }
    case ast::StmtKind::ExprStmt: check_expression_depth(static_cast<const ast::ExprStmt&>(s).value.get()); break;
    default:
      break;
  }
}

}  // namespace looplab::parse

namespace looplab::parse {

// The innermost expression ending where `e` ends, at which CPython's `expression` rule
// (and so invalid_expression) starts: the else-branch of a conditional, a lambda's body...
static const Expr* trailing_disjunction(const Expr* e) {
  while (e != nullptr) {
    switch (e->kind) {
      case ExprKind::IfExp: e = static_cast<const ast::IfExp*>(e)->orelse.get(); break;
      case ExprKind::Lambda: e = static_cast<const ast::Lambda*>(e)->body.get(); break;
      case ExprKind::NamedExpr: e = static_cast<const ast::NamedExpr*>(e)->value.get(); break;
      case ExprKind::Yield: e = static_cast<const ast::Yield*>(e)->value.get(); break;
      case ExprKind::YieldFrom: e = static_cast<const ast::YieldFrom*>(e)->value.get(); break;
      case ExprKind::Starred: e = static_cast<const ast::Starred*>(e)->value.get(); break;
      case ExprKind::Slice: {
        auto* s = static_cast<const ast::Slice*>(e);
        e = s->step ? s->step.get() : s->upper ? s->upper.get() : s->lower.get();
        break;
      }
      case ExprKind::Tuple:
        if (static_cast<const ast::Tuple*>(e)->parenthesized || static_cast<const ast::Tuple*>(e)->elts.empty()) return e;
        e = static_cast<const ast::Tuple*>(e)->elts.back().get();
        break;
      default:
        return e;
    }
  }
  return nullptr;
}

// The token after expression `e` (which began at token `start`) cannot continue the parse.
// CPython's second pass tries, where that expression starts:
//   invalid_expression: !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
//       "invalid syntax. Perhaps you forgot a comma?" (only inside brackets)
//   invalid_legacy_expression: a=NAME !'(' b=star_expressions
//       "Missing parentheses in call to 'print'. Did you mean print(...)?" (print and exec)
// and otherwise reports "invalid syntax" at the furthest token read.
void Parser::note_legacy_candidate(const Token& start) {
  if (start.kind != TokenKind::Name || speculating_ > 0) return;
  std::string_view name = text_of(start);
  if (name != "print" && name != "exec") return;
  TokenKind next = peek_kind(1);
  if (next == TokenKind::LPar || !(can_start_expression(next) || next == TokenKind::Star)) return;
  if (legacy_candidates_.empty() || legacy_candidates_.back() < pos_) legacy_candidates_.push_back(pos_);
}

// Called with a parser error set: an earlier legacy match replaces it.
void Parser::apply_legacy_candidates() {
  if (legacy_candidates_.empty() || !error || error->kind == "RecursionError") return;
  std::optional<Diagnostic> original = error;
  for (size_t index : legacy_candidates_) {
    if (index >= tokens_.size()) break;
    const Token name = tokens_[index];
    if (name.line > original->line) break;
    reset(index + 1);
    ExprPtr b;
    try {
      if (!speculate([&] { b = star_expressions(); })) continue;
    } catch (const ParseAbort&) {
      return;  // a tokenizer error on the way: CPython's second pass raises it (now in `error`)
    }
    if (b->span.line > original->line) break;
    std::string n(text_of(name));
    try {
      error_range(span_of(name), b->span, "Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?");
    } catch (const ParseAbort&) {
    }
    return;
  }
  error = original;
}

void Parser::fail_after_expression(size_t start, const Expr* e, size_t furthest) {
  check_after_expression(start, e);
  invalid_syntax(furthest);
}

void Parser::check_after_expression(size_t start, const Expr* e) {
  const Expr* d = trailing_disjunction(e);
  if (d == nullptr) return;
  size_t ds = d == e ? start : token_index_at(d->span.line, d->span.col);
  const Token first = tokens_[ds];
  std::string_view first_text = text_of(first);
  bool single_name = d->kind == ExprKind::Name && first.kind == TokenKind::Name && ds + 1 == mark();
  bool legacy = single_name && (first_text == "print" || first_text == "exec");
  bool excluded = first.kind == TokenKind::Name &&
                  (peek_at(ds + 1).kind == TokenKind::String || first_text == "match" || first_text == "case" ||
                   first_text == "_");
  if (!legacy && !excluded && can_start_expression(peek_kind())) {
    ExprPtr b;
    if (speculate([&] { b = expression_without_invalid(); }) && tokens_[mark() - 1].level > 0) {
      error_range(d->span, b->span, "invalid syntax. Perhaps you forgot a comma?");
    }
  }
  if (legacy && !at(TokenKind::LPar)) {
    ExprPtr b;
    if (speculate([&] { b = star_expressions(); })) {
      std::string name(first_text);
      error_range(d->span, b->span, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
    }
  }
}

}  // namespace looplab::parse
