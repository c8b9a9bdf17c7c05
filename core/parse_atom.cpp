// The parser, part 2b: atoms and displays -- names, literals, parenthesized forms, lists,
// dicts, sets and their comprehensions, subscripts' slices -- and number literals.
#include <charconv>
#include <cstdlib>

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

}  // namespace

// After an element of a bracketed list: a ',' or the closing bracket must follow.
void Parser::after_element(size_t start, const ast::Expr* e, TokenKind closing) {
  if (at(TokenKind::Comma) || at(closing)) return;
  size_t furthest = fetched();
  if (at(TokenKind::Equal)) fail_at_equal(start, e, false, furthest);
  fail_after_expression(start, e, furthest);
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
ExprPtr Parser::slices() {
  Token start = peek();
  size_t first_index = mark();
  ExprPtr first = slice();
  after_element(first_index, first.get(), TokenKind::RSqb);
  if (!at(TokenKind::Comma) && first->kind != ast::ExprKind::Starred) return first;
  auto tuple = std::make_unique<ast::Tuple>();
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    size_t index = mark();
    tuple->elts.push_back(slice());
    after_element(index, tuple->elts.back().get(), TokenKind::RSqb);
  }
  tuple->span = span_from(start);
  return tuple;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
// (and starred_expression: '*' expression, inside a tuple of slices)
ExprPtr Parser::slice() {
  Token start = peek();
  if (at(TokenKind::Star)) {
    advance();
    auto s = std::make_unique<ast::Starred>();
    s->value = expression();
    s->span = span_from(start);
    return s;
  }
  ExprPtr lower;
  if (!at(TokenKind::Colon)) {
    if (start.kind == TokenKind::Name && peek_kind(1) == TokenKind::ColonEqual) return named_expression();
    lower = named_expression();
    if (!at(TokenKind::Colon)) return lower;
  }
  advance();
  auto s = std::make_unique<ast::Slice>();
  s->lower = std::move(lower);
  if (can_start_expression(peek_kind())) s->upper = expression();
  if (accept(TokenKind::Colon) && can_start_expression(peek_kind())) s->step = expression();
  s->span = span_from(start);
  return s;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
//     | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
ExprPtr Parser::atom() {
  Token t = peek();
  switch (t.kind) {
    case TokenKind::Name: {
      advance();
      auto n = node<ast::Name>(span_of(t));
      n->id = name_of(t);
      return n;
    }
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis: {
      advance();
      auto c = node<ast::Constant>(span_of(t));
      c->type = t.kind == TokenKind::KwTrue    ? ast::Constant::Type::True
                : t.kind == TokenKind::KwFalse ? ast::Constant::Type::False
                : t.kind == TokenKind::KwNone  ? ast::Constant::Type::None
                                               : ast::Constant::Type::Ellipsis;
      return c;
    }
    case TokenKind::Number:
      advance();
      return number(t);
    case TokenKind::String:
      return strings();
    case TokenKind::LPar:
      return paren_atom();
    case TokenKind::LSqb:
      return list_atom();
    case TokenKind::LBrace:
      return brace_atom();
    default:
      invalid_syntax();
  }
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
ExprPtr Parser::paren_atom() {
  DepthGuard guard(*this);
  Token lpar = advance();
  if (accept(TokenKind::RPar)) {
    auto t = node<ast::Tuple>(span_from(lpar));
    t->parenthesized = true;
    return t;
  }
  if (at(TokenKind::KwYield)) {
    size_t start = mark();
    ExprPtr y = yield_expr();
    if (!at(TokenKind::RPar)) fail_after_expression(start, y.get(), fetched());
    advance();
    return y;
  }
  if (at(TokenKind::DoubleStar)) {
    Token stars = peek();
    size_t furthest = fetched() + 1;
    if (speculate([&] {
          advance();
          expression();
          expect(TokenKind::RPar);
        })) {
      error_at(stars, "cannot use double starred expression here");
    }
    invalid_syntax(furthest);
  }
  size_t first_index = mark();
  ExprPtr first = star_named_expression();
  if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && peek_kind(1) == TokenKind::KwFor)) {
    if (first->kind == ast::ExprKind::Starred) {
      Span s = first->span;
      std::vector<ast::Comprehension> gens;
      if (speculate([&] { comprehension_clauses(gens); })) {
        error_at(s, "iterable unpacking cannot be used in comprehension");
      }
    }
    auto g = std::make_unique<ast::Comp>(ast::ExprKind::GeneratorExp);
    g->elt = std::move(first);
    comprehension_clauses(g->generators);
    if (!at(TokenKind::RPar)) invalid_syntax();
    advance();
    g->span = span_from(lpar);
    return g;
  }
  if (at(TokenKind::RPar)) {
    if (first->kind == ast::ExprKind::Starred) error_at(first->span, "cannot use starred expression here");
    advance();
    return first;
  }
  if (!at(TokenKind::Comma)) after_element(first_index, first.get(), TokenKind::RPar);
  auto t = std::make_unique<ast::Tuple>();
  t->parenthesized = true;
  t->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RPar)) break;
    size_t index = mark();
    t->elts.push_back(star_named_expression());
    after_element(index, t->elts.back().get(), TokenKind::RPar);
  }
  expect(TokenKind::RPar);
  t->span = span_from(lpar);
  return t;
}

// Elements of a list or set display up to the closing bracket; `first` is parsed. The
// comprehension mistakes of CPython's invalid_comprehension are recognised on the way.
static void display_elements(Parser& p, ast::ExprList& elts, ast::ExprPtr first, size_t first_index,
                             TokenKind closing) {
  elts.push_back(std::move(first));
  p.after_element(first_index, elts.back().get(), closing);
  while (p.at(TokenKind::Comma)) {
    Token comma = p.advance();
    if (p.at(TokenKind::KwFor)) {
      // ('[' | '{') a=star_named_expression b=',' for_if_clauses
      std::vector<ast::Comprehension> gens;
      if (elts.size() == 1 && p.speculate([&] { p.comprehension_clauses(gens); })) {
        p.error_range(elts.front()->span, p.span_of(comma),
                      "did you forget parentheses around the comprehension target?");
      }
      p.invalid_syntax();
    }
    if (p.at(closing)) break;
    size_t index = p.mark();
    elts.push_back(p.star_named_expression());
    if (p.at(TokenKind::KwFor)) {
      // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
      size_t furthest = p.fetched();
      std::vector<ast::Comprehension> gens;
      if (p.speculate([&] { p.comprehension_clauses(gens); })) {
        p.error_range(elts.front()->span, elts.back()->span,
                      "did you forget parentheses around the comprehension target?");
      }
      p.invalid_syntax(furthest);
    }
    p.after_element(index, elts.back().get(), closing);
  }
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
ExprPtr Parser::list_atom() {
  DepthGuard guard(*this);
  Token lsqb = advance();
  if (accept(TokenKind::RSqb)) return node<ast::List>(span_from(lsqb));
  size_t first_index = mark();
  ExprPtr first = star_named_expression();
  if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && peek_kind(1) == TokenKind::KwFor)) {
    if (first->kind == ast::ExprKind::Starred) {
      Span s = first->span;
      std::vector<ast::Comprehension> gens;
      if (speculate([&] { comprehension_clauses(gens); })) {
        error_at(s, "iterable unpacking cannot be used in comprehension");
      }
    }
    auto c = std::make_unique<ast::Comp>(ast::ExprKind::ListComp);
    c->elt = std::move(first);
    comprehension_clauses(c->generators);
    expect(TokenKind::RSqb);
    c->span = span_from(lsqb);
    return c;
  }
  auto list = std::make_unique<ast::List>();
  display_elements(*this, list->elts, std::move(first), first_index, TokenKind::RSqb);
  expect(TokenKind::RSqb);
  list->span = span_from(lsqb);
  return list;
}

// dict: '{' [double_starred_kvpairs] '}'      set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'      setcomp: '{' named_expression for_if_clauses '}'
// double_starred_kvpair: '**' bitwise_or | kvpair
// kvpair: expression ':' expression
ExprPtr Parser::brace_atom() {
  DepthGuard guard(*this);
  Token lbrace = advance();
  if (accept(TokenKind::RBrace)) return node<ast::Dict>(span_from(lbrace));
  auto dict = std::make_unique<ast::Dict>();
  bool comprehension_allowed = true;
  for (;;) {
    if (at(TokenKind::DoubleStar)) {
      Token stars = advance();
      dict->keys.push_back(nullptr);
      dict->values.push_back(bitwise_or());
      if (comprehension_allowed && at(TokenKind::KwFor)) {
        // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
        std::vector<ast::Comprehension> gens;
        size_t furthest = fetched();
        if (speculate([&] {
              comprehension_clauses(gens);
              expect(TokenKind::RBrace);
            })) {
          error_at(stars, "dict unpacking cannot be used in dict comprehension");
        }
        invalid_syntax(furthest);
      }
    } else {
      size_t key_index = mark();
      ExprPtr key = comprehension_allowed ? star_named_expression() : expression();
      if (comprehension_allowed && !at(TokenKind::Colon)) {
        // Not a dict after all: a set or a set comprehension.
        if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && peek_kind(1) == TokenKind::KwFor)) {
          if (key->kind == ast::ExprKind::Starred) {
            Span s = key->span;
            std::vector<ast::Comprehension> gens;
            if (speculate([&] { comprehension_clauses(gens); })) {
              error_at(s, "iterable unpacking cannot be used in comprehension");
            }
          }
          auto c = std::make_unique<ast::Comp>(ast::ExprKind::SetComp);
          c->elt = std::move(key);
          comprehension_clauses(c->generators);
          expect(TokenKind::RBrace);
          c->span = span_from(lbrace);
          return c;
        }
        auto set = std::make_unique<ast::Set>();
        display_elements(*this, set->elts, std::move(key), key_index, TokenKind::RBrace);
        expect(TokenKind::RBrace);
        set->span = span_from(lbrace);
        return set;
      }
      if (!at(TokenKind::Colon)) {
        // invalid_kvpair: a=expression !(':') -- just before the end of the key
        fail_at(key->span.line, key->span.end_col, key->span.end_line, 0, "':' expected after dictionary key");
      }
      Token colon = advance();
      if (at(TokenKind::RBrace) || at(TokenKind::Comma)) {
        error_at(colon, "expression expected after dictionary key and ':'");
      }
      if (at(TokenKind::Star)) {
        Token star = peek();
        size_t furthest = fetched();
        if (speculate([&] {
              advance();
              bitwise_or();
            })) {
          error_starting_from(span_of(star), "cannot use a starred expression in a dictionary value");
        }
        invalid_syntax(furthest);
      }
      size_t value_index = mark();
      ExprPtr value = expression();
      if (comprehension_allowed &&
          (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && peek_kind(1) == TokenKind::KwFor))) {
        auto c = std::make_unique<ast::Comp>(ast::ExprKind::DictComp);
        c->key = std::move(key);
        c->value = std::move(value);
        comprehension_clauses(c->generators);
        expect(TokenKind::RBrace);
        c->span = span_from(lbrace);
        return c;
      }
      dict->keys.push_back(std::move(key));
      dict->values.push_back(std::move(value));
      after_element(value_index, dict->values.back().get(), TokenKind::RBrace);
    }
    comprehension_allowed = false;
    if (!accept(TokenKind::Comma) || at(TokenKind::RBrace)) break;
  }
  expect(TokenKind::RBrace);
  dict->span = span_from(lbrace);
  return dict;
}

// NUMBER: ints (decimal, 0x, 0o, 0b, with '_'), floats; imaginary numbers are valid
// Python that looplab does not support.
ExprPtr Parser::number(const Token& t) {
  std::string text;
  for (char c : text_of(t)) {
    if (c != '_') text += c;
  }
  auto c = node<ast::Constant>(span_of(t));
  char last = text.back();
  if (last == 'j' || last == 'J') {
    unsupported(span_of(t), "complex numbers are not supported in looplab");
    c->type = ast::Constant::Type::Float;
    return c;
  }
  bool radix = text.size() > 1 && text[0] == '0' &&
               (text[1] == 'x' || text[1] == 'X' || text[1] == 'o' || text[1] == 'O' || text[1] == 'b' || text[1] == 'B');
  if (!radix && text.find_first_of(".eE") != std::string::npos) {
    c->type = ast::Constant::Type::Float;
    double value = 0;
    // from_chars rounds correctly; it leaves overflow (inf) and underflow (0) to strtod.
    if (std::from_chars(text.data(), text.data() + text.size(), value).ec == std::errc::result_out_of_range) {
      value = std::strtod(text.c_str(), nullptr);
    }
    c->float_value = value;
    return c;
  }
  int base = 10;
  size_t digits_at = 0;
  if (radix) {
    char p = static_cast<char>(text[1] | 0x20);
    base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
    digits_at = 2;
  }
  uint64_t value = 0;
  bool big = false;
  for (size_t i = digits_at; i < text.size(); ++i) {
    char ch = text[i];
    int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
    if (value > (UINT64_MAX - static_cast<uint64_t>(d)) / static_cast<uint64_t>(base)) {
      big = true;
      break;
    }
    value = value * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
  }
  if (!big && value <= static_cast<uint64_t>(INT64_MAX)) {
    c->type = ast::Constant::Type::Int;
    c->int_value = static_cast<int64_t>(value);
    return c;
  }
  c->type = ast::Constant::Type::BigInt;
  if (base == 10) {
    size_t nonzero = text.find_first_not_of('0');
    c->big_digits = text.substr(nonzero == std::string::npos ? text.size() - 1 : nonzero);
    if (c->big_digits.size() > 4300) {
      // CPython limits decimal literals (sys.int_info.str_digits_check_threshold).
      error_at(span_of(t), "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                               std::to_string(c->big_digits.size()) +
                               " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                               "hexadecimal for huge integer literals to avoid decimal conversion limits.");
    }
  } else {
    // In the form mpz_set_str(z, s, 0) reads: 0x..., 0b..., or 0... for octal.
    c->big_digits = (base == 16 ? "0x" : base == 2 ? "0b" : "0") + text.substr(2);
  }
  return c;
}

}  // namespace looplab::parse
