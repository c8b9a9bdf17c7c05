// The parser, part 1: the token window, error reporting, and statements. Each grammar
// function opens with its production from CPython 3.11's Grammar/python.gram.
#include "core/parser.h"

#include <algorithm>

#include "core/parse_internal.h"

namespace looplab {
namespace parse {

using ast::ExprPtr;
using ast::StmtPtr;
using ast::Span;

namespace {

bool is_layout(TokenKind k) {
  return k == TokenKind::Newline || k == TokenKind::Indent || k == TokenKind::Dedent || k == TokenKind::EndMarker;
}

template <typename T>
std::unique_ptr<T> node(const Span& span) {
  auto n = std::make_unique<T>();
  n->span = span;
  return n;
}


}  // namespace

std::optional<ast::BinOpKind> augmented_op(TokenKind k) {
  switch (k) {
    case TokenKind::PlusEqual: return ast::BinOpKind::Add;
    case TokenKind::MinEqual: return ast::BinOpKind::Sub;
    case TokenKind::StarEqual: return ast::BinOpKind::Mult;
    case TokenKind::AtEqual: return ast::BinOpKind::MatMult;
    case TokenKind::SlashEqual: return ast::BinOpKind::Div;
    case TokenKind::DoubleSlashEqual: return ast::BinOpKind::FloorDiv;
    case TokenKind::PercentEqual: return ast::BinOpKind::Mod;
    case TokenKind::DoubleStarEqual: return ast::BinOpKind::Pow;
    case TokenKind::LeftShiftEqual: return ast::BinOpKind::LShift;
    case TokenKind::RightShiftEqual: return ast::BinOpKind::RShift;
    case TokenKind::VBarEqual: return ast::BinOpKind::BitOr;
    case TokenKind::CircumflexEqual: return ast::BinOpKind::BitXor;
    case TokenKind::AmperEqual: return ast::BinOpKind::BitAnd;
    default: return std::nullopt;
  }
}

Parser::Parser(Lexer& lexer, std::optional<SubSource> sub, int depth)
    : lexer_(lexer), sub_(sub), depth_(depth) {
  tokens_.reserve(256);
}

Parser::DepthGuard::DepthGuard(Parser& parser) : p(parser) {
  if (++p.depth_ > kMaxParseDepth) {
    Token t = p.peek();
    p.fail_at(t.line, t.col + 1, t.end_line, t.end_col + 1, "maximum recursion depth exceeded during compilation",
              "RecursionError");
  }
}

// ---------------------------------------------------------------------------------------
// The token window: tokens are read from the lexer only when the grammar looks at them,
// so that a tokenizer error is found exactly when CPython's parser would find it.

Token Parser::peek(size_t ahead) {
  while (tokens_.size() <= pos_ + ahead) {
    if (!tokens_.empty() && tokens_.back().kind == TokenKind::EndMarker) return tokens_.back();
    Token t;
    if (!lexer_.next(t)) {
      Diagnostic d = lexer_.error()->diagnostic;
      if (sub_) d.line += sub_->line - 1;
      error = std::move(d);
      error_from_lexer_ = true;
      throw ParseAbort{true};
    }
    if (sub_) {
      if (t.line == 1) t.col += sub_->col;
      if (t.end_line == 1) t.end_col += sub_->col;
      t.line += sub_->line - 1;
      t.end_line += sub_->line - 1;
    }
    tokens_.push_back(t);
  }
  return tokens_[pos_ + ahead];
}

bool Parser::at_name(std::string_view name) {
  Token t = peek();
  return t.kind == TokenKind::Name && text_of(t) == name;
}

Token Parser::advance() {
  Token t = peek();
  if (t.kind != TokenKind::EndMarker) ++pos_;
  if (!is_layout(t.kind)) {
    last_end_line_ = t.end_line;
    last_end_col_ = t.end_col;
  }
  return t;
}

bool Parser::accept(TokenKind k) {
  if (!at(k)) return false;
  advance();
  return true;
}

Token Parser::expect(TokenKind k) {
  if (!at(k)) invalid_syntax();
  return advance();
}

Token Parser::expect_forced(TokenKind k) {
  Token t = peek();
  if (t.kind != k) error_at(t, std::string("expected '") + std::string(token_spelling(k)) + "'");
  return advance();
}

void Parser::reset(size_t m) { pos_ = m; }

std::string_view Parser::text_of(const Token& t) const { return lexer_.text().substr(t.begin, t.end - t.begin); }

size_t Parser::token_index_at(int line, int col) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), std::make_pair(line, col),
                             [](const Token& t, const std::pair<int, int>& p) {
                               return std::make_pair(t.line, t.col) < p;
                             });
  // Layout tokens can share a position with the token after them; skip to a real one.
  while (it != tokens_.end() && is_layout(it->kind) && std::next(it) != tokens_.end() &&
         std::next(it)->line == line && std::next(it)->col == col) {
    ++it;
  }
  return static_cast<size_t>(it - tokens_.begin());
}

// ---------------------------------------------------------------------------------------
// Errors. `col`/`end_col` arrive as CPython's 1-based offsets (0: unknown).

void Parser::fail_at(int line, int col, int end_line, int end_col, std::string message, const char* kind) {
  bool generic = raising_generic_;
  raising_generic_ = false;
  if (speculating_ > 0) throw ParseAbort{false, generic};
  std::string k = kind;
  if (sub_) {
    // Inside an f-string, CPython reports positions in the text "(expr)" it parsed, and
    // prefixes its parser's messages.
    int sub_line = line - sub_->line + 1;
    if (sub_line == 1) {
      col -= sub_->col;
      if (end_line == line && end_col > 0) end_col -= sub_->col;
    }
    if (k != "RecursionError") message = "f-string: " + message;
    Diagnostic d = lexer_.make_diagnostic(k, std::move(message), sub_line, col, end_line - sub_->line + 1, end_col);
    d.line = line;
    error = std::move(d);
  } else {
    error = lexer_.make_diagnostic(k, std::move(message), line, col, end_line, end_col);
  }
  throw ParseAbort{false, generic};
}

void Parser::error_at(const Token& t, std::string message, const char* kind) {
  if (t.virtual_position) fail_at(t.line, 0, t.end_line, 0, std::move(message), kind);
  fail_at(t.line, t.col + 1, t.end_line, t.end_col + 1, std::move(message), kind);
}

void Parser::error_at(const Span& s, std::string message, const char* kind) {
  fail_at(s.line, s.col + 1, s.end_line, s.end_col + 1, std::move(message), kind);
}

void Parser::error_range(const Span& a, const Span& b, std::string message) {
  fail_at(a.line, a.col + 1, b.end_line, b.end_col + 1, std::move(message));
}

void Parser::error_starting_from(const Span& a, std::string message) {
  const Token& last = tokens_.back();
  fail_at(a.line, a.col + 1, last.end_line, last.end_col, std::move(message));
}

// CPython's RAISE_SYNTAX_ERROR: at the last token read.
void Parser::error_last_token(std::string message, const char* kind) {
  const Token& t = tokens_.back();
  if (t.virtual_position) fail_at(t.line, t.col, t.end_line, 0, std::move(message), kind);
  fail_at(t.line, t.col + 1, t.end_line, t.end_col + 1, std::move(message), kind);
}

void Parser::invalid_syntax(size_t furthest) {
  furthest = std::min({furthest, first_pass_end_, tokens_.size()});
  last_generic_furthest_ = furthest;
  const Token t = tokens_[std::max<size_t>(furthest, 1) - 1];
  raising_generic_ = true;
  if (t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent) {
    std::string message = t.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent";
    if (speculating_ == 0) skip_full_check_ = true;
    fail_at(t.line, t.col, t.end_line, 0, std::move(message), "IndentationError");
  }
  error_at(t, "invalid syntax");
}

void Parser::defer_error(const Span& s, std::string message, const char* kind) {
  if (deferred_error || speculating_ > 0) return;
  deferred_error = lexer_.make_diagnostic(kind, std::move(message), s.line, s.col + 1, s.end_line, s.end_col + 1);
}

void Parser::unsupported(const Span& s, std::string message) { defer_error(s, std::move(message), "error"); }

// ---------------------------------------------------------------------------------------
// file: [statements] ENDMARKER

std::unique_ptr<ast::Module> Parser::parse_file() {
  auto module = std::make_unique<ast::Module>();
  try {
    while (!at(TokenKind::EndMarker)) statement(module->body);
  } catch (const ParseAbort&) {
    finish_error();
    return nullptr;
  }
  if (deferred_error) {
    error = deferred_error;
    return nullptr;
  }
  return module;
}

// After a parser error, CPython tokenizes the rest of the file: a tokenizer error found
// there wins, and so does a bracket left open on a line before the error.
void Parser::finish_error() {
  if (error_from_lexer_ || !error) return;
  apply_legacy_candidates();
  if (skip_full_check_ || error_from_lexer_) return;
  int error_line = tokens_.empty() ? 0 : tokens_.back().line;
  if (!tokens_.empty() && tokens_.back().kind == TokenKind::EndMarker) return;
  Token t;
  while (lexer_.next(t)) {
    if (t.kind == TokenKind::EndMarker) return;
  }
  int bracket_line = lexer_.innermost_bracket_line();
  if (sub_) bracket_line += sub_->line - 1;
  Diagnostic replacement;
  if (lexer_.error()->raised) {
    replacement = lexer_.error()->diagnostic;
  } else if (lexer_.bracket_depth() > 0 && bracket_line < error_line) {
    replacement = lexer_.unclosed_bracket_error();
  } else {
    return;
  }
  if (sub_) replacement.line += sub_->line - 1;
  error = std::move(replacement);
}

// statement: compound_stmt | simple_stmts
void Parser::statement(ast::StmtList& out) {
  size_t first = out.size();
  switch (peek_kind()) {
    case TokenKind::KwDef:
    case TokenKind::At:
    case TokenKind::KwIf:
    case TokenKind::KwClass:
    case TokenKind::KwWith:
    case TokenKind::KwFor:
    case TokenKind::KwTry:
    case TokenKind::KwWhile:
    case TokenKind::KwAsync:
      out.push_back(compound_stmt());
      break;
    case TokenKind::Name:
      if (at_name("match") && looks_like_match_statement()) return;
      simple_stmts(out);
      break;
    default:
      simple_stmts(out);
      break;
  }
  for (size_t i = first; i < out.size(); ++i) check_statement_depth(*out[i]);
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
void Parser::simple_stmts(ast::StmtList& out) {
  for (;;) {
    out.push_back(simple_stmt());
    if (!accept(TokenKind::Semi)) break;
    if (at(TokenKind::Newline)) break;
  }
  if (!at(TokenKind::Newline)) invalid_syntax();
  advance();
}

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt
//   | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt
//   | nonlocal_stmt
StmtPtr Parser::simple_stmt() {
  Token t = peek();
  switch (t.kind) {
    case TokenKind::KwPass:
      advance();
      return node<ast::Pass>(span_of(t));
    case TokenKind::KwBreak:
      advance();
      return node<ast::Break>(span_of(t));
    case TokenKind::KwContinue:
      advance();
      return node<ast::Continue>(span_of(t));
    case TokenKind::KwReturn: {
      // return_stmt: 'return' [star_expressions]
      advance();
      auto r = std::make_unique<ast::Return>();
      if (can_start_expression(peek_kind()) || at(TokenKind::Star)) {
        size_t start = mark();
        r->value = star_expressions();
        if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) fail_after_expression(start, r->value.get(), fetched());
      }
      r->span = span_from(t);
      return r;
    }
    case TokenKind::KwRaise: {
      // raise_stmt: 'raise' expression ['from' expression] | 'raise'
      advance();
      auto r = std::make_unique<ast::Raise>();
      if (can_start_expression(peek_kind())) {
        r->exc = expression();
        if (accept(TokenKind::KwFrom)) r->cause = expression();
      }
      r->span = span_from(t);
      return r;
    }
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: {
      // global_stmt: 'global' ','.NAME+   nonlocal_stmt: 'nonlocal' ','.NAME+
      advance();
      std::vector<std::string> names;
      do {
        names.push_back(name_of(expect(TokenKind::Name)));
      } while (accept(TokenKind::Comma));
      if (t.kind == TokenKind::KwGlobal) {
        auto g = node<ast::Global>(span_from(t));
        g->names = std::move(names);
        return g;
      }
      auto n = node<ast::Nonlocal>(span_from(t));
      n->names = std::move(names);
      return n;
    }
    case TokenKind::KwAssert: {
      // assert_stmt: 'assert' expression [',' expression]
      advance();
      auto a = std::make_unique<ast::Assert>();
      a->test = expression();
      if (accept(TokenKind::Comma)) a->msg = expression();
      a->span = span_from(t);
      return a;
    }
    case TokenKind::KwImport:
      return import_stmt();
    case TokenKind::KwFrom:
      return from_import_stmt();
    case TokenKind::KwDel:
      return del_stmt();
    default:
      return expression_stmt();
  }
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'='
//     | single_target augassign ~ (yield_expr | star_expressions)
// star_expressions (an expression statement)
StmtPtr Parser::expression_stmt() {
  Token first_token = peek();
  size_t first_index = mark();
  bool first_is_yield = at(TokenKind::KwYield);
  ExprPtr first = first_is_yield ? yield_expr() : star_expressions();
  TokenKind k = peek_kind();
  if (k == TokenKind::Equal) return assignment_rest(std::move(first), first_is_yield, first_token);
  if (k == TokenKind::Colon) {
    // CPython's first pass only reads the annotation of a valid target.
    bool valid = first->kind == ast::ExprKind::Name || first->kind == ast::ExprKind::Attribute ||
                 first->kind == ast::ExprKind::Subscript;
    size_t saved_end = first_pass_end_;
    if (!valid) first_pass_end_ = std::min(first_pass_end_, mark() + 1);
    advance();
    auto a = std::make_unique<ast::AnnAssign>();
    a->annotation = expression();
    first_pass_end_ = saved_end;
    check_ann_target(*first);
    a->simple = first->kind == ast::ExprKind::Name && first_token.kind == TokenKind::Name;
    set_context(*first, ast::Ctx::Store);
    a->target = std::move(first);
    if (accept(TokenKind::Equal)) a->value = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
    a->span = span_from(first_token);
    return a;
  }
  if (auto op = augmented_op(k)) {
    advance();
    auto a = std::make_unique<ast::AugAssign>();
    a->op = *op;
    a->value = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
    check_aug_target(*first);
    set_context(*first, ast::Ctx::Store);
    a->target = std::move(first);
    a->span = span_from(first_token);
    return a;
  }
  if (k != TokenKind::Newline && k != TokenKind::Semi) {
    size_t furthest = fetched();
    // invalid_match_stmt: "match" subject_expr NEWLINE -> "expected ':'"
    if (first_token.kind == TokenKind::Name && text_of(first_token) == "match" && first_index + 1 == mark()) {
      reset(first_index);
      if (match_subject() && at(TokenKind::Newline)) error_last_token("expected ':'");
      reset(first_index + 1);
    }
    if (k == TokenKind::ColonEqual && first->kind != ast::ExprKind::Name) {
      // invalid_named_expression: a=expression ':=' expression
      const ast::Expr* target = first.get();
      if (target->kind == ast::ExprKind::Tuple && !static_cast<const ast::Tuple*>(target)->parenthesized) {
        target = static_cast<const ast::Tuple*>(target)->elts.back().get();
      }
      if (target->kind != ast::ExprKind::Name && target->kind != ast::ExprKind::Starred) {
        advance();
        if (speculate([&] { expression(); })) {
          error_at(target->span, std::string("cannot use assignment expressions with ") + expr_name(*target));
        }
      }
      invalid_syntax(furthest);
    }
    fail_after_expression(first_index, first.get(), furthest);
  }
  auto s = std::make_unique<ast::ExprStmt>();
  s->span = span_from(first_token);
  s->value = std::move(first);
  return s;
}

// (star_targets '=')+ (yield_expr | star_expressions) !'='
StmtPtr Parser::assignment_rest(ExprPtr first, bool first_is_yield, const Token& start) {
  size_t first_index = token_index_at(start.line, start.col);
  std::vector<ExprPtr> targets;
  std::vector<bool> is_yield;
  std::vector<size_t> equals;
  targets.push_back(std::move(first));
  is_yield.push_back(first_is_yield);
  while (at(TokenKind::Equal)) {
    equals.push_back(mark());
    // CPython's second pass reports an invalid target before looking at what follows.
    if (!assignable(*targets.back(), is_yield.back())) invalid_assignment(targets, is_yield, first_index, equals);
    advance();
    bool y = at(TokenKind::KwYield);
    targets.push_back(y ? yield_expr() : star_expressions());
    is_yield.push_back(y);
  }
  for (size_t j = 0; j + 1 < targets.size(); ++j) {
    check_lone_starred(*this, *targets[j]);
    set_context(*targets[j], ast::Ctx::Store);
  }
  auto a = std::make_unique<ast::Assign>();
  a->value = std::move(targets.back());
  targets.pop_back();
  a->targets = std::move(targets);
  a->span = span_from(start);
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
    size_t value_start = token_index_at(a->value->span.line, a->value->span.col);
    fail_after_expression(value_start, a->value.get(), fetched());
  }
  return a;
}

// import_name: 'import' dotted_as_names
// dotted_as_name: dotted_name ['as' NAME]
StmtPtr Parser::import_stmt() {
  Token keyword = advance();
  auto imp = std::make_unique<ast::Import>();
  do {
    Token first = expect(TokenKind::Name);
    ast::Alias alias;
    alias.name = name_of(first);
    while (accept(TokenKind::Dot)) {
      alias.name += '.';
      alias.name += name_of(expect(TokenKind::Name));
    }
    if (accept(TokenKind::KwAs)) alias.asname = name_of(expect(TokenKind::Name));
    alias.span = span_from(first);
    imp->names.push_back(std::move(alias));
  } while (accept(TokenKind::Comma));
  imp->span = span_from(keyword);
  return imp;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
StmtPtr Parser::from_import_stmt() {
  Token keyword = advance();
  auto imp = std::make_unique<ast::ImportFrom>();
  for (;;) {
    if (accept(TokenKind::Dot)) {
      imp->level += 1;
    } else if (accept(TokenKind::Ellipsis)) {
      imp->level += 3;
    } else {
      break;
    }
  }
  if (at(TokenKind::Name) || imp->level == 0) {
    imp->module = name_of(expect(TokenKind::Name));
    while (accept(TokenKind::Dot)) {
      imp->module += '.';
      imp->module += name_of(expect(TokenKind::Name));
    }
  }
  expect(TokenKind::KwImport);
  if (at(TokenKind::Star)) {
    Token star = advance();
    imp->names.push_back(ast::Alias{"*", "", span_of(star)});
  } else {
    bool parenthesized = accept(TokenKind::LPar);
    for (;;) {
      Token first = expect(TokenKind::Name);
      ast::Alias alias;
      alias.name = name_of(first);
      if (accept(TokenKind::KwAs)) alias.asname = name_of(expect(TokenKind::Name));
      alias.span = span_from(first);
      imp->names.push_back(std::move(alias));
      if (!accept(TokenKind::Comma)) break;
      if (parenthesized && at(TokenKind::RPar)) break;
      if (!parenthesized && at(TokenKind::Newline)) {
        error_last_token("trailing comma not allowed without surrounding parentheses");
      }
    }
    if (parenthesized) expect(TokenKind::RPar);
  }
  imp->span = span_from(keyword);
  return imp;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
StmtPtr Parser::del_stmt() {
  Token keyword = advance();
  auto del = std::make_unique<ast::Delete>();
  ExprPtr targets = star_expressions();
  if (targets->kind == ast::ExprKind::Tuple && !static_cast<ast::Tuple&>(*targets).parenthesized) {
    del->targets = std::move(static_cast<ast::Tuple&>(*targets).elts);
  } else {
    del->targets.push_back(std::move(targets));
  }
  check_del_targets(del->targets);
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) invalid_syntax();
  del->span = span_from(keyword);
  return del;
}

}  // namespace parse

ParseResult parse_module(std::string_view source, const std::string& path) {
  Lexer lexer(source, path);
  parse::Parser parser(lexer);
  ParseResult result;
  result.module = parser.parse_file();
  if (!result.module) result.error = parser.error;
  return result;
}

}  // namespace looplab
