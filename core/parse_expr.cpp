// The parser, part 2: expressions. Precedence, lowest first: lambda, if-else, or, and,
// not, comparisons, |, ^, &, shifts, + -, * @ / // %, unary + - ~, **, await, primary.
// Binary operators from | to * go through one table (binary); the rest have a function
// each. A node's span runs from the first token of its rule to the last token consumed,
// like CPython's EXTRA (so `(a) + b` starts at the parenthesis, while `(a)` alone is `a`).
#include "core/parse_internal.h"

namespace looplab::parse {

using ast::ExprPtr;
using ast::Span;

namespace {

template <typename T>
std::unique_ptr<T> node(const Span& span) {
  auto n = std::make_unique<T>();
  n->span = span;
  return n;
}

struct BinaryRule {
  int precedence;  // 0: not a binary operator
  ast::BinOpKind op;
};

BinaryRule binary_rule(TokenKind k) {
  using ast::BinOpKind;
  switch (k) {
    case TokenKind::VBar: return {1, BinOpKind::BitOr};
    case TokenKind::Circumflex: return {2, BinOpKind::BitXor};
    case TokenKind::Amper: return {3, BinOpKind::BitAnd};
    case TokenKind::LeftShift: return {4, BinOpKind::LShift};
    case TokenKind::RightShift: return {4, BinOpKind::RShift};
    case TokenKind::Plus: return {5, BinOpKind::Add};
    case TokenKind::Minus: return {5, BinOpKind::Sub};
    case TokenKind::Star: return {6, BinOpKind::Mult};
    case TokenKind::At: return {6, BinOpKind::MatMult};
    case TokenKind::Slash: return {6, BinOpKind::Div};
    case TokenKind::DoubleSlash: return {6, BinOpKind::FloorDiv};
    case TokenKind::Percent: return {6, BinOpKind::Mod};
    default: return {0, BinOpKind::Add};
  }
}

const Span& last_comprehension_item(const std::vector<ast::Comprehension>& gens) {
  const ast::Comprehension& c = gens.back();
  return c.ifs.empty() ? c.iter->span : c.ifs.back()->span;
}

}  // namespace

bool Parser::can_start_operand(TokenKind k) {
  return k != TokenKind::KwLambda && k != TokenKind::KwNot && can_start_expression(k);
}

bool Parser::can_start_expression(TokenKind k) {
  switch (k) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LPar:
    case TokenKind::LSqb:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::KwNot:
    case TokenKind::KwLambda:
    case TokenKind::KwAwait:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis:
      return true;
    default:
      return false;
  }
}

// star_expressions: star_expression (',' star_expression)* [',']
ExprPtr Parser::star_expressions() {
  Token start = peek();
  ExprPtr first = star_expression();
  if (!at(TokenKind::Comma)) return first;
  auto tuple = std::make_unique<ast::Tuple>();
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (!can_start_expression(peek_kind()) && !at(TokenKind::Star)) break;
    tuple->elts.push_back(star_expression());
  }
  tuple->span = span_from(start);
  return tuple;
}

// star_expression: '*' bitwise_or | expression
ExprPtr Parser::star_expression() {
  if (!at(TokenKind::Star)) return expression();
  Token star = advance();
  auto s = std::make_unique<ast::Starred>();
  s->value = bitwise_or();
  s->span = span_from(star);
  return s;
}

// star_named_expression: '*' bitwise_or | named_expression
ExprPtr Parser::star_named_expression() {
  if (!at(TokenKind::Star)) return named_expression();
  Token star = advance();
  auto s = std::make_unique<ast::Starred>();
  s->value = bitwise_or();
  s->span = span_from(star);
  return s;
}

// named_expression: NAME ':=' ~ expression | invalid_named_expression | expression !':='
ExprPtr Parser::named_expression() {
  Token t = peek();
  if (t.kind == TokenKind::Name && peek_kind(1) == TokenKind::ColonEqual) {
    advance();
    advance();
    auto n = std::make_unique<ast::NamedExpr>();
    auto target = node<ast::Name>(span_of(t));
    target->id = name_of(t);
    target->ctx = ast::Ctx::Store;
    n->target = std::move(target);
    n->value = expression();
    n->span = span_from(t);
    return n;
  }
  ExprPtr e = expression();
  if (at(TokenKind::ColonEqual)) {
    // invalid_named_expression: a=expression ':=' expression
    size_t furthest = fetched();
    advance();
    if (speculate([&] { expression(); })) {
      error_at(e->span, std::string("cannot use assignment expressions with ") + expr_name(*e));
    }
    invalid_syntax(furthest);
  }
  return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
ExprPtr Parser::expression() {
  DepthGuard guard(*this);
  if (at(TokenKind::KwLambda)) return lambdef();
  Token start = peek();
  note_legacy_candidate(start);
  ExprPtr body = disjunction();
  if (!at(TokenKind::KwIf)) return body;
  size_t if_mark = mark();
  int32_t end_line = last_end_line_, end_col = last_end_col_;
  advance();
  ExprPtr test = disjunction();
  if (!at(TokenKind::KwElse)) {
    if (without_invalid_ > 0) {  // expression_without_invalid: back to the disjunction
      reset(if_mark);
      last_end_line_ = end_line;
      last_end_col_ = end_col;
      return body;
    }
    // invalid_expression: a=disjunction 'if' b=disjunction !('else'|':')
    if (at(TokenKind::Colon)) invalid_syntax();
    error_range(body->span, test->span, "expected 'else' after 'if' expression");
  }
  advance();
  auto e = std::make_unique<ast::IfExp>();
  e->body = std::move(body);
  e->test = std::move(test);
  e->orelse = expression();
  e->span = span_from(start);
  return e;
}

ExprPtr Parser::expression_without_invalid() {
  ++without_invalid_;
  struct Restore {
    int& n;
    ~Restore() { --n; }
  } restore{without_invalid_};
  return expression();
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
ExprPtr Parser::yield_expr() {
  Token keyword = advance();
  if (accept(TokenKind::KwFrom)) {
    auto y = std::make_unique<ast::YieldFrom>();
    y->value = expression();
    y->span = span_from(keyword);
    return y;
  }
  auto y = std::make_unique<ast::Yield>();
  if (can_start_expression(peek_kind()) || at(TokenKind::Star)) y->value = star_expressions();
  y->span = span_from(keyword);
  return y;
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
ExprPtr Parser::disjunction() {
  Token start = peek();
  ExprPtr first = conjunction();
  if (!at(TokenKind::KwOr)) return first;
  auto b = std::make_unique<ast::BoolOp>();
  b->op = ast::BoolOpKind::Or;
  b->values.push_back(std::move(first));
  // Like CPython's PEG rules, an operator without an operand after it ends the expression
  // before the operator (the caller then fails there).
  while (at(TokenKind::KwOr) && can_start_expression(peek_kind(1)) && peek_kind(1) != TokenKind::KwLambda) {
    advance();
    b->values.push_back(conjunction());
  }
  if (b->values.size() == 1) return std::move(b->values.front());
  b->span = span_from(start);
  return b;
}

// conjunction: inversion ('and' inversion)+ | inversion
ExprPtr Parser::conjunction() {
  Token start = peek();
  ExprPtr first = inversion();
  if (!at(TokenKind::KwAnd)) return first;
  auto b = std::make_unique<ast::BoolOp>();
  b->op = ast::BoolOpKind::And;
  b->values.push_back(std::move(first));
  while (at(TokenKind::KwAnd) && can_start_expression(peek_kind(1)) && peek_kind(1) != TokenKind::KwLambda) {
    advance();
    b->values.push_back(inversion());
  }
  if (b->values.size() == 1) return std::move(b->values.front());
  b->span = span_from(start);
  return b;
}

// inversion: 'not' inversion | comparison
ExprPtr Parser::inversion() {
  if (!at(TokenKind::KwNot)) return comparison();
  DepthGuard guard(*this);
  Token keyword = advance();
  auto u = std::make_unique<ast::UnaryOp>();
  u->op = ast::UnaryOpKind::Not;
  u->operand = inversion();
  u->span = span_from(keyword);
  return u;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
// compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
ExprPtr Parser::comparison() {
  Token start = peek();
  ExprPtr left = bitwise_or();
  std::unique_ptr<ast::Compare> c;
  for (;;) {
    ast::CmpOpKind op;
    int width = 1;
    switch (peek_kind()) {
      case TokenKind::EqEqual: op = ast::CmpOpKind::Eq; break;
      case TokenKind::NotEqual: op = ast::CmpOpKind::NotEq; break;
      case TokenKind::Less: op = ast::CmpOpKind::Lt; break;
      case TokenKind::LessEqual: op = ast::CmpOpKind::LtE; break;
      case TokenKind::Greater: op = ast::CmpOpKind::Gt; break;
      case TokenKind::GreaterEqual: op = ast::CmpOpKind::GtE; break;
      case TokenKind::KwIn: op = ast::CmpOpKind::In; break;
      case TokenKind::KwIs:
        op = ast::CmpOpKind::Is;
        if (peek_kind(1) == TokenKind::KwNot) {
          op = ast::CmpOpKind::IsNot;
          width = 2;
        }
        break;
      case TokenKind::KwNot:
        if (peek_kind(1) != TokenKind::KwIn) width = 0;
        op = ast::CmpOpKind::NotIn;
        width = width == 0 ? 0 : 2;
        break;
      default:
        width = 0;
        op = ast::CmpOpKind::Eq;
        break;
    }
    if (width == 0 || !can_start_operand(peek_kind(width))) break;
    for (int i = 0; i < width; ++i) advance();
    if (!c) {
      c = std::make_unique<ast::Compare>();
      c->left = std::move(left);
    }
    c->ops.push_back(op);
    c->comparators.push_back(bitwise_or());
  }
  if (!c) return left;
  c->span = span_from(start);
  return c;
}

ExprPtr Parser::bitwise_or() { return binary(1); }

// bitwise_or .. term: left-associative operators by precedence (see binary_rule).
ExprPtr Parser::binary(int min_precedence) {
  Token start = peek();
  ExprPtr left = factor();
  for (;;) {
    BinaryRule rule = binary_rule(peek_kind());
    if (rule.precedence == 0 || rule.precedence < min_precedence || !can_start_operand(peek_kind(1))) break;
    advance();
    auto b = std::make_unique<ast::BinOp>();
    b->op = rule.op;
    b->left = std::move(left);
    b->right = binary(rule.precedence + 1);
    b->span = span_from(start);
    left = std::move(b);
  }
  return left;
}

// factor: '+' factor | '-' factor | '~' factor | power
ExprPtr Parser::factor() {
  ast::UnaryOpKind op;
  switch (peek_kind()) {
    case TokenKind::Plus: op = ast::UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = ast::UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = ast::UnaryOpKind::Invert; break;
    default: return power();
  }
  DepthGuard guard(*this);
  Token t = advance();
  auto u = std::make_unique<ast::UnaryOp>();
  u->op = op;
  u->operand = factor();
  u->span = span_from(t);
  return u;
}

// power: await_primary '**' factor | await_primary
ExprPtr Parser::power() {
  Token start = peek();
  ExprPtr base = await_primary();
  if (!at(TokenKind::DoubleStar) || !can_start_operand(peek_kind(1))) return base;
  DepthGuard guard(*this);
  advance();
  auto b = std::make_unique<ast::BinOp>();
  b->op = ast::BinOpKind::Pow;
  b->left = std::move(base);
  b->right = factor();
  b->span = span_from(start);
  return b;
}

// await_primary: AWAIT primary | primary
ExprPtr Parser::await_primary() {
  if (!at(TokenKind::KwAwait)) return primary();
  DepthGuard guard(*this);
  Token keyword = advance();
  auto a = std::make_unique<ast::Await>();
  a->value = primary();
  a->span = span_from(keyword);
  return a;
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
ExprPtr Parser::primary() {
  Token start = peek();
  ExprPtr e = atom();
  for (;;) {
    switch (peek_kind()) {
      case TokenKind::Dot: {
        advance();
        Token name = peek();
        if (name.kind != TokenKind::Name) invalid_syntax();
        advance();
        auto a = std::make_unique<ast::Attribute>();
        a->value = std::move(e);
        a->attr = name_of(name);
        a->span = span_from(start);
        e = std::move(a);
        break;
      }
      // A call or subscript that does not parse leaves the primary before it (PEG
      // backtracking): `print(x [y for y in z])` is then a missing comma.
      case TokenKind::LPar: {
        DepthGuard guard(*this);
        auto c = std::make_unique<ast::Call>();
        c->func = std::move(e);
        if (!try_or_back_off([&] {
              advance();
              arguments(*c);
            })) {
          return std::move(c->func);
        }
        c->span = span_from(start);
        e = std::move(c);
        break;
      }
      case TokenKind::LSqb: {
        DepthGuard guard(*this);
        auto s = std::make_unique<ast::Subscript>();
        s->value = std::move(e);
        if (!try_or_back_off([&] {
              advance();
              s->index = slices();
              expect(TokenKind::RSqb);
            })) {
          return std::move(s->value);
        }
        s->span = span_from(start);
        e = std::move(s);
        break;
      }
      default:
        return e;
    }
  }
}

// for_if_clauses: for_if_clause+
// for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
void Parser::comprehension_clauses(std::vector<ast::Comprehension>& out) {
  while (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && peek_kind(1) == TokenKind::KwFor)) {
    Token start = peek();
    ast::Comprehension c;
    if (accept(TokenKind::KwAsync)) c.is_async = true;
    advance();
    c.target = star_targets_for();
    check_store_target(*c.target, Targets::For);
    expect(TokenKind::KwIn);
    c.iter = disjunction();
    while (accept(TokenKind::KwIf)) c.ifs.push_back(disjunction());
    c.span = span_from(start);
    out.push_back(std::move(c));
  }
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
// star_target: '*' (!'*' star_target) | t_primary '.' NAME | t_primary '[' slices ']' | star_atom
// Each target is parsed as a primary (so `in` and operators end it) and checked after; when
// `in` does not follow, CPython's invalid_for_target reparses the whole as star_expressions.
ExprPtr Parser::star_targets_for() {
  Token start = peek();
  size_t start_index = mark();
  auto one = [&]() -> ExprPtr {
    if (!at(TokenKind::Star)) return primary();
    Token star = advance();
    auto s = std::make_unique<ast::Starred>();
    s->value = primary();
    s->span = span_from(star);
    return s;
  };
  ExprPtr targets;
  bool ok = speculate([&] {
    targets = one();
    if (at(TokenKind::Comma)) {
      auto tuple = std::make_unique<ast::Tuple>();
      tuple->elts.push_back(std::move(targets));
      while (accept(TokenKind::Comma)) {
        if (!can_start_expression(peek_kind()) && !at(TokenKind::Star)) break;
        tuple->elts.push_back(one());
      }
      tuple->span = span_from(start);
      targets = std::move(tuple);
    }
  });
  if (ok && at(TokenKind::KwIn)) return targets;
  // invalid_for_target: ASYNC? 'for' a=star_expressions
  size_t furthest = fetched();
  size_t saved_end = first_pass_end_;
  first_pass_end_ = std::min(first_pass_end_, furthest);
  reset(start_index);
  ExprPtr whole = star_expressions();
  check_after_expression(start_index, whole.get());
  if (const ast::Expr* bad = invalid_target(whole.get(), Targets::For)) {
    error_at(bad->span, std::string("cannot assign to ") + expr_name(*bad));
  }
  first_pass_end_ = saved_end;
  invalid_syntax(furthest);
}

// arguments: args [','] &')'
// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//     | kwargs
// kwarg_or_starred: NAME '=' expression | starred_expression
// kwarg_or_double_starred: NAME '=' expression | '**' expression
void Parser::arguments(ast::Call& call, bool genexp_allowed) {
  Token lpar = tokens_[pos_ - 1];
  bool keyword_seen = false, unpacking_seen = false, positional_after_keyword = false;
  bool positional_after_unpacking = false;
  while (!at(TokenKind::RPar)) {
    Token t = peek();
    size_t start = mark();
    const ast::Expr* last = nullptr;
    if (t.kind == TokenKind::Star) {
      // invalid_arguments: args ',' '*' after a **mapping
      if (unpacking_seen) error_at(t, "iterable argument unpacking follows keyword argument unpacking");
      advance();
      auto s = std::make_unique<ast::Starred>();
      s->value = expression();
      s->span = span_from(t);
      last = s.get();
      call.args.push_back(std::move(s));
    } else if (t.kind == TokenKind::DoubleStar) {
      advance();
      ast::Keyword k;
      k.value = expression();
      k.span = span_from(t);
      last = k.value.get();
      call.keywords.push_back(std::move(k));
      keyword_seen = unpacking_seen = true;
    } else if (t.kind == TokenKind::Name && peek_kind(1) == TokenKind::Equal) {
      advance();
      Token equal = advance();
      ast::Keyword k;
      k.name = name_of(t);
      k.value = expression();
      if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && peek_kind(1) == TokenKind::KwFor)) {
        // invalid_kwarg: a=NAME b='=' expression for_if_clauses
        size_t furthest = fetched();
        std::vector<ast::Comprehension> gens;
        if (speculate([&] { comprehension_clauses(gens); })) {
          error_range(span_of(t), span_of(equal), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        invalid_syntax(furthest);
      }
      k.span = span_from(t);
      last = k.value.get();
      start = token_index_at(last->span.line, last->span.col);
      call.keywords.push_back(std::move(k));
      keyword_seen = true;
    } else if ((t.kind == TokenKind::KwTrue || t.kind == TokenKind::KwFalse || t.kind == TokenKind::KwNone) &&
               peek_kind(1) == TokenKind::Equal) {
      error_range(span_of(t), span_of(peek(1)), "cannot assign to " + std::string(text_of(t)));
    } else {
      if (keyword_seen && first_pass_end_ == SIZE_MAX) first_pass_end_ = mark() + 1;
      // (assignment_expression | expression !':='): no invalid_named_expression here
      ExprPtr e = t.kind == TokenKind::Name && peek_kind(1) == TokenKind::ColonEqual ? named_expression() : expression();
      // Only a first argument makes CPython's first pass look past `async` (for a genexp).
      bool first_argument = call.args.empty() && call.keywords.empty();
      if (at(TokenKind::KwFor) || (first_argument && at(TokenKind::KwAsync) && peek_kind(1) == TokenKind::KwFor)) {
        if (!genexp_allowed) invalid_syntax();
        // CPython's first pass reads a comprehension here only for a lone argument (genexp).
        if (!first_argument && first_pass_end_ == SIZE_MAX) first_pass_end_ = mark() + 1;
        std::vector<ast::Comprehension> gens;
        bool alone = call.args.empty() && call.keywords.empty();
        comprehension_clauses(gens);
        if (!alone || at(TokenKind::Comma)) {
          error_range(e->span, last_comprehension_item(gens), "Generator expression must be parenthesized");
        }
        if (!at(TokenKind::RPar)) invalid_syntax();
        auto g = std::make_unique<ast::Comp>(ast::ExprKind::GeneratorExp);
        g->elt = std::move(e);
        g->generators = std::move(gens);
        advance();
        g->span = span_from(lpar);
        call.args.push_back(std::move(g));
        return;
      }
      if (at(TokenKind::Equal)) {
        // invalid_kwarg: !(NAME '=') a=expression b='='
        error_range(e->span, span_of(peek()), "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (keyword_seen) {
        positional_after_keyword = true;
        positional_after_unpacking = positional_after_unpacking || unpacking_seen;
      }
      last = e.get();
      call.args.push_back(std::move(e));
    }
    if (accept(TokenKind::Comma)) continue;
    if (at(TokenKind::RPar)) break;
    fail_after_expression(start, last, fetched());
  }
  if (positional_after_keyword) {
    error_last_token(positional_after_unpacking ? "positional argument follows keyword argument unpacking"
                                                : "positional argument follows keyword argument");
  }
  advance();
}

// lambdef: 'lambda' [lambda_params] ':' expression
ExprPtr Parser::lambdef() {
  Token keyword = advance();
  auto l = std::make_unique<ast::Lambda>();
  parameters(l->args, true);
  expect(TokenKind::Colon);
  check_arguments(l->args);
  l->body = expression();
  l->span = span_from(keyword);
  return l;
}

}  // namespace looplab::parse
