// The parser, part 1b: compound statements (if, while, for, with, try, def, class, and the
// match statement that looplab recognises but does not run).
#include "core/parse_internal.h"

namespace looplab::parse {

using ast::ExprPtr;
using ast::StmtPtr;
using ast::Span;

StmtPtr Parser::compound_stmt() {
  DepthGuard guard(*this);
  Token t = peek();
  switch (t.kind) {
    case TokenKind::KwIf:
      return if_stmt(advance(), false);
    case TokenKind::KwWhile:
      return while_stmt();
    case TokenKind::KwFor:
      return for_stmt(nullptr);
    case TokenKind::KwWith:
      return with_stmt(nullptr);
    case TokenKind::KwTry:
      return try_stmt();
    case TokenKind::KwDef:
      return function_def({}, nullptr);
    case TokenKind::KwClass:
      return class_def({});
    case TokenKind::At:
      return decorated();
    case TokenKind::KwAsync: {
      Token next = peek(1);
      if (next.kind == TokenKind::KwDef) return function_def({}, &t);
      if (next.kind == TokenKind::KwFor) return for_stmt(&t);
      if (next.kind == TokenKind::KwWith) return with_stmt(&t);
      invalid_syntax();
    }
    default:
      invalid_syntax();
  }
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
void Parser::block(ast::StmtList& out, const Token& keyword, const char* what) {
  if (!accept(TokenKind::Newline)) {
    simple_stmts(out);
    return;
  }
  if (!at(TokenKind::Indent)) {
    error_last_token(std::string("expected an indented block after ") + what + " on line " +
                         std::to_string(keyword.line),
                     "IndentationError");
  }
  advance();
  ++block_depth_;
  while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) statement(out);
  --block_depth_;
  advance();
}

// The ':' ending a compound statement's header: CPython's invalid_*_stmt rules say
// "expected ':'" when the line ends instead, and the failure point decides otherwise.
static void expect_header_colon(Parser& p, size_t expr_start, const ast::Expr* last_expr, bool named = true) {
  if (p.at(TokenKind::Colon)) {
    p.advance();
    return;
  }
  if (p.at(TokenKind::Newline)) p.error_last_token("expected ':'");
  size_t furthest = p.fetched();
  if (named && last_expr != nullptr && p.at(TokenKind::Equal)) p.fail_at_equal(expr_start, last_expr, false, furthest);
  if (last_expr != nullptr) p.fail_after_expression(expr_start, last_expr, furthest);
  p.invalid_syntax(furthest);
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
StmtPtr Parser::if_stmt(const Token& keyword, bool is_elif) {
  auto s = std::make_unique<ast::If>();
  size_t start = mark();
  s->test = named_expression();
  expect_header_colon(*this, start, s->test.get());
  block(s->body, keyword, is_elif ? "'elif' statement" : "'if' statement");
  if (at(TokenKind::KwElif)) {
    Token elif = advance();
    s->orelse.push_back(if_stmt(elif, true));
  } else if (at(TokenKind::KwElse)) {
    Token else_token = advance();
    expect_forced(TokenKind::Colon);
    block(s->orelse, else_token, "'else' statement");
  }
  s->span = span_from(keyword);
  return s;
}

// while_stmt: 'while' named_expression ':' block [else_block]
StmtPtr Parser::while_stmt() {
  Token keyword = advance();
  auto s = std::make_unique<ast::While>();
  size_t start = mark();
  s->test = named_expression();
  expect_header_colon(*this, start, s->test.get());
  block(s->body, keyword, "'while' statement");
  if (at(TokenKind::KwElse)) {
    Token else_token = advance();
    expect_forced(TokenKind::Colon);
    block(s->orelse, else_token, "'else' statement");
  }
  s->span = span_from(keyword);
  return s;
}

// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
StmtPtr Parser::for_stmt(const Token* async_token) {
  if (async_token) advance();
  Token keyword = advance();
  auto s = std::make_unique<ast::For>();
  s->is_async = async_token != nullptr;
  s->target = star_targets_for();
  check_store_target(*s->target, Targets::For);
  expect(TokenKind::KwIn);
  size_t start = mark();
  s->iter = star_expressions();
  expect_header_colon(*this, start, s->iter.get(), false);
  block(s->body, keyword, "'for' statement");
  if (at(TokenKind::KwElse)) {
    Token else_token = advance();
    expect_forced(TokenKind::Colon);
    block(s->orelse, else_token, "'else' statement");
  }
  s->span = span_from(async_token ? *async_token : keyword);
  return s;
}

// with_stmt:
//     | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//     | [ASYNC] 'with' ','.with_item+ ':' block
// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
StmtPtr Parser::with_stmt(const Token* async_token) {
  if (async_token) advance();
  Token keyword = advance();
  auto s = std::make_unique<ast::With>();
  s->is_async = async_token != nullptr;

  auto with_item = [&](bool in_parens) {
    ast::WithItem item;
    size_t start = mark();
    item.context_expr = expression();
    if (accept(TokenKind::KwAs)) {
      size_t target_start = mark();
      if (at(TokenKind::Star)) {
        Token star = advance();
        auto starred = std::make_unique<ast::Starred>();
        starred->value = expression();
        starred->span = span_from(star);
        item.optional_vars = std::move(starred);
      } else {
        item.optional_vars = expression();
      }
      TokenKind k = peek_kind();
      if (k == TokenKind::Newline) error_last_token("expected ':'");
      if (k != TokenKind::Comma && k != TokenKind::Colon && k != TokenKind::RPar) {
        fail_after_expression(target_start, item.optional_vars.get(), fetched());
      }
      check_store_target(*item.optional_vars, Targets::Star);
    } else if (!at(TokenKind::Comma) && !at(TokenKind::Colon) && !(in_parens && at(TokenKind::RPar))) {
      if (at(TokenKind::Newline)) error_last_token("expected ':'");
      fail_after_expression(start, item.context_expr.get(), fetched());
    }
    s->items.push_back(std::move(item));
  };

  // The parenthesized form is tried first, as in CPython: '(' items ')' followed by ':'
  // (or by the end of the line: "expected ':'").
  bool done = false;
  if (at(TokenKind::LPar)) {
    done = speculate([&] {
      advance();
      do {
        if (at(TokenKind::RPar)) break;
        with_item(true);
      } while (accept(TokenKind::Comma));
      expect(TokenKind::RPar);
      if (!at(TokenKind::Newline) && !at(TokenKind::Colon)) invalid_syntax();
    });
    if (!done) s->items.clear();
    if (done && at(TokenKind::Newline)) error_last_token("expected ':'");
    if (done) advance();
  }
  if (!done) {
    do {
      with_item(false);
    } while (accept(TokenKind::Comma));
    if (at(TokenKind::Newline)) error_last_token("expected ':'");
    expect(TokenKind::Colon);
  }
  block(s->body, keyword, "'with' statement");
  s->span = span_from(async_token ? *async_token : keyword);
  return s;
}

// try_stmt:
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
// finally_block: 'finally' &&':' block
StmtPtr Parser::try_stmt() {
  Token keyword = advance();
  auto s = std::make_unique<ast::Try>();
  expect_forced(TokenKind::Colon);
  block(s->body, keyword, "'try' statement");
  bool star_seen = false, plain_seen = false;
  while (at(TokenKind::KwExcept)) {
    Token except = advance();
    ast::ExceptHandler h;
    bool star = false;
    if (at(TokenKind::Star)) {
      Token star_token = advance();
      star = true;
      if (plain_seen) error_range(span_of(except), span_of(star_token),
                                  "cannot have both 'except' and 'except*' on the same 'try'");
      if (at(TokenKind::Newline) || at(TokenKind::Colon)) error_last_token("expected one or more exception types");
    } else if (star_seen) {
      error_at(except, "cannot have both 'except' and 'except*' on the same 'try'");
    }
    (star ? star_seen : plain_seen) = true;
    if (!at(TokenKind::Colon)) {
      if (at(TokenKind::Newline)) error_last_token("expected ':'");
      size_t start = mark();
      h.type = expression();
      if (at(TokenKind::Comma)) {
        // except A, B: -> needs parentheses (checked once the rest of the header parses)
        Span first = h.type->span;
        bool ok = speculate([&] {
          while (accept(TokenKind::Comma)) expression();
          if (accept(TokenKind::KwAs)) expect(TokenKind::Name);
          expect(TokenKind::Colon);
        });
        if (ok) error_starting_from(first, "multiple exception types must be parenthesized");
        invalid_syntax();
      }
      if (accept(TokenKind::KwAs)) h.name = name_of(expect(TokenKind::Name));
      if (at(TokenKind::Newline)) error_last_token("expected ':'");
      if (!at(TokenKind::Colon)) {
        if (h.name.empty()) fail_after_expression(start, h.type.get(), fetched());
        invalid_syntax();
      }
    }
    advance();
    block(h.body, except, star ? "'except*' statement" : "'except' statement");
    h.span = span_from(except);
    s->handlers.push_back(std::move(h));
  }
  if (!s->handlers.empty() && at(TokenKind::KwElse)) {
    Token else_token = advance();
    expect_forced(TokenKind::Colon);
    block(s->orelse, else_token, "'else' statement");
  }
  if (at(TokenKind::KwFinally)) {
    Token finally = advance();
    expect_forced(TokenKind::Colon);
    block(s->finalbody, finally, "'finally' statement");
  } else if (s->handlers.empty()) {
    error_last_token("expected 'except' or 'finally' block");
  }
  s->is_star = star_seen;
  s->span = span_from(keyword);
  return s;
}

// decorators: ('@' named_expression NEWLINE)+
StmtPtr Parser::decorated() {
  ast::ExprList decorators;
  while (at(TokenKind::At)) {
    advance();
    size_t start = mark();
    decorators.push_back(named_expression());
    if (!at(TokenKind::Newline)) {
      size_t furthest = fetched();
      if (at(TokenKind::Equal)) fail_at_equal(start, decorators.back().get(), false, furthest);
      fail_after_expression(start, decorators.back().get(), furthest);
    }
    advance();
  }
  if (at(TokenKind::KwDef)) return function_def(std::move(decorators), nullptr);
  if (at(TokenKind::KwClass)) return class_def(std::move(decorators));
  if (at(TokenKind::KwAsync) && peek_kind(1) == TokenKind::KwDef) {
    Token async_token = peek();
    return function_def(std::move(decorators), &async_token);
  }
  invalid_syntax();
}

// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
StmtPtr Parser::function_def(ast::ExprList decorators, const Token* async_token) {
  if (async_token) advance();
  Token keyword = advance();
  auto f = std::make_unique<ast::FunctionDef>();
  f->is_async = async_token != nullptr;
  f->decorators = std::move(decorators);
  Token name = expect(TokenKind::Name);
  f->name = name_of(name);
  f->name_span = span_of(name);
  expect_forced(TokenKind::LPar);
  parameters(f->args, false);
  expect(TokenKind::RPar);
  // ['->' expression] is optional: when it does not parse, CPython backs up before '->'
  // and its forced ':' reports "expected ':'" there.
  if (at(TokenKind::RArrow)) {
    try_or_back_off([&] {
      advance();
      f->returns = expression();
    });
  }
  expect_forced(TokenKind::Colon);
  check_arguments(f->args);
  block(f->body, keyword, "function definition");
  f->span = span_from(async_token ? *async_token : keyword);
  return f;
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
StmtPtr Parser::class_def(ast::ExprList decorators) {
  Token keyword = advance();
  auto c = std::make_unique<ast::ClassDef>();
  c->decorators = std::move(decorators);
  Token name = expect(TokenKind::Name);
  c->name = name_of(name);
  c->name_span = span_of(name);
  if (at(TokenKind::LPar)) {
    advance();
    ast::Call call;
    arguments(call, false);
    c->bases = std::move(call.args);
    c->keywords = std::move(call.keywords);
  }
  if (at(TokenKind::Newline)) error_last_token("expected ':'");
  expect(TokenKind::Colon);
  block(c->body, keyword, "class definition");
  c->span = span_from(keyword);
  return c;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
// Valid Python 3.11 that looplab does not run: recognised, skipped, and reported unless a
// syntax error elsewhere comes first. `match` stays an ordinary name everywhere else.
bool Parser::match_subject() {
  return speculate([&] {
    advance();
    star_named_expression();
    while (accept(TokenKind::Comma) && (can_start_expression(peek_kind()) || at(TokenKind::Star))) {
      star_named_expression();
    }
  });
}

bool Parser::looks_like_match_statement() {
  switch (peek_kind(1)) {
    case TokenKind::Equal:
    case TokenKind::Colon:
    case TokenKind::Dot:
    case TokenKind::Comma:
    case TokenKind::Newline:
    case TokenKind::Semi:
    case TokenKind::ColonEqual:
      return false;
    default:
      if (augmented_op(peek_kind(1))) return false;
      break;
  }
  size_t start = mark();
  Token match = peek();
  if (!match_subject() || !at(TokenKind::Colon) || peek_kind(1) != TokenKind::Newline) {
    reset(start);
    return false;
  }
  advance();
  advance();
  if (!at(TokenKind::Indent)) {
    error_last_token("expected an indented block after 'match' statement on line " + std::to_string(match.line),
                     "IndentationError");
  }
  advance();
  if (!at_name("case")) invalid_syntax();
  unsupported(span_of(match), "the match statement is not supported by looplab");
  int depth = 1;
  while (depth > 0 && !at(TokenKind::EndMarker)) {
    Token t = advance();
    if (t.kind == TokenKind::Indent) ++depth;
    if (t.kind == TokenKind::Dedent) --depth;
  }
  return true;
}

}  // namespace looplab::parse
