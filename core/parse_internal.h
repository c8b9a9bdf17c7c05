// The parser's insides, shared by parser.cpp (tokens, errors, simple statements),
// parse_stmt.cpp (compound statements), parse_expr.cpp (expressions), parse_atom.cpp (atoms,
// displays, numbers), parse_target.cpp (assignment targets, parameters, CPython's second-pass
// checks) and parse_string.cpp (string literals and f-strings). Not part of the core's API.
//
// CPython 3.11 parses a file twice when it is invalid: a plain pass that finds *where* the
// parse fails (the furthest token read), then a pass with extra `invalid_*` rules that
// finds a better message. This parser makes a single pass and, at the point of failure,
// reproduces the `invalid_*` rule that CPython's second pass would have matched there; when
// none does it reports "invalid syntax" at the furthest token read, like CPython. Then, also
// like CPython, it scans the rest of the file: a tokenizer error found there (an
// unterminated string, a bracket never closed on an earlier line) replaces the parser's.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ast.h"
#include "core/lexer.h"
#include "core/parser.h"

namespace looplab::parse {

// Unwinds the recursive descent after the first error (Lua's luaD_throw). It never leaves
// the parser: parse_file() and the speculative parses catch it.
struct ParseAbort {
  bool from_lexer = false;
  bool generic = false;  // "invalid syntax" (no rule of CPython's second pass matched)
};

// Which kind of target list a check is about (CPython's TARGETS_TYPE).
enum class Targets : uint8_t { Star, Del, For };

// Where an f-string replacement field sits: its text is parsed as "(" + text + ")" with the
// "(" on the '{', exactly as CPython 3.11 does, so node positions point into the file.
struct SubSource {
  int line = 1;  // file line of the '{'
  int col = 0;   // its column (code points)
};

// CPython's AST nesting limit during compilation (RecursionError past it).
constexpr int kMaxExprDepth = 2990;
// The parser's own recursion limit, in nesting steps (a C++ stack guard).
constexpr int kMaxParseDepth = 6000;

class Parser {
 public:
  explicit Parser(Lexer& lexer, std::optional<SubSource> sub = std::nullopt, int depth = 0);

  std::unique_ptr<ast::Module> parse_file();
  ast::ExprPtr parse_fstring_field();  // fstring: star_expressions
  // After a parser error: the tokenizer errors CPython would find in the rest of the text.
  void finish_error();

  std::optional<Diagnostic> error;
  // An error CPython's compiler (not its parser) finds: reported only when the file parses.
  std::optional<Diagnostic> deferred_error;

  // ----- tokens (parser.cpp)
  Token peek(size_t ahead = 0);
  Token peek_at(size_t index) { return index >= pos_ ? peek(index - pos_) : tokens_[index]; }
  TokenKind peek_kind(size_t ahead = 0) { return peek(ahead).kind; }
  bool at(TokenKind k) { return peek().kind == k; }
  bool at_name(std::string_view name);  // a NAME token with this text (soft keywords)
  Token advance();
  bool accept(TokenKind k);
  Token expect(TokenKind k);         // "invalid syntax" when missing
  Token expect_forced(TokenKind k);  // CPython's &&'x': "expected 'x'"
  size_t mark() const { return pos_; }
  void reset(size_t m);
  size_t fetched() const { return tokens_.size(); }
  const Token& token(size_t i) const { return tokens_[i]; }
  std::string_view text_of(const Token& t) const;
  std::string name_of(const Token& t) const { return normalize_identifier(text_of(t)); }
  // Index of the fetched token that starts at this position (for spans of nodes).
  size_t token_index_at(int line, int col) const;
  ast::Span span_of(const Token& t) const { return {t.line, t.col, t.end_line, t.end_col}; }
  // CPython's EXTRA: from `start` to the end of the last token consumed (layout excluded).
  ast::Span span_from(const Token& start) const { return {start.line, start.col, last_end_line_, last_end_col_}; }
  ast::Span span_from(const ast::Span& start) const { return {start.line, start.col, last_end_line_, last_end_col_}; }

  // ----- errors (parser.cpp). Columns: node/token positions; these add CPython's +1.
  [[noreturn]] void fail_at(int line, int col, int end_line, int end_col, std::string message,
                            const char* kind = "SyntaxError");
  [[noreturn]] void error_at(const Token& t, std::string message, const char* kind = "SyntaxError");
  [[noreturn]] void error_at(const ast::Span& s, std::string message, const char* kind = "SyntaxError");
  [[noreturn]] void error_range(const ast::Span& a, const ast::Span& b, std::string message);
  [[noreturn]] void error_starting_from(const ast::Span& a, std::string message);
  [[noreturn]] void error_last_token(std::string message, const char* kind = "SyntaxError");
  // The generic error: "invalid syntax" (or "unexpected indent") at the furthest token
  // fetched when the parse failed (`furthest` = fetched() then).
  [[noreturn]] void invalid_syntax(size_t furthest);
  [[noreturn]] void invalid_syntax() { invalid_syntax(fetched()); }
  void unsupported(const ast::Span& s, std::string message);  // deferred, kind "error"
  void defer_error(const ast::Span& s, std::string message, const char* kind = "SyntaxError");

  // Tries a parse; on a syntax error restores the position and returns false (lexer errors
  // still propagate, as CPython's tokenizer errors do from its second pass).
  template <typename F>
  bool speculate(F&& f);

  // Like speculate(), but only a plain "invalid syntax" backs out: CPython's second pass
  // would have raised any other error on the way (used for PEG backtracking of trailers).
  template <typename F>
  bool try_or_back_off(F&& f);

  // Nesting guard for recursive grammar functions.
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser);
    ~DepthGuard() { --p.depth_; }
  };

  // ----- statements (parser.cpp)
  void statement(ast::StmtList& out);
  void simple_stmts(ast::StmtList& out);
  ast::StmtPtr simple_stmt();
  ast::StmtPtr compound_stmt();
  ast::StmtPtr expression_stmt();
  ast::StmtPtr assignment_rest(ast::ExprPtr first, bool first_is_yield, const Token& start);
  ast::ExprPtr parse_replacement_field(uint32_t brace_offset, std::string expr);
  ast::StmtPtr import_stmt();
  ast::StmtPtr from_import_stmt();
  ast::StmtPtr del_stmt();
  ast::StmtPtr if_stmt(const Token& keyword, bool is_elif);
  ast::StmtPtr while_stmt();
  ast::StmtPtr for_stmt(const Token* async_token);
  ast::StmtPtr with_stmt(const Token* async_token);
  ast::StmtPtr try_stmt();
  ast::StmtPtr function_def(ast::ExprList decorators, const Token* async_token);
  ast::StmtPtr class_def(ast::ExprList decorators);
  ast::StmtPtr decorated();
  void block(ast::StmtList& out, const Token& keyword, const char* what);
  bool looks_like_match_statement();
  bool match_subject();  // speculative: `match` and a subject_expr
  void check_expression_depth(const ast::Expr* e);
  void check_statement_depth(const ast::Stmt& s);

  // ----- expressions (parse_expr.cpp)
  ast::ExprPtr star_expressions();
  ast::ExprPtr star_expression();
  ast::ExprPtr star_named_expression();
  ast::ExprPtr named_expression();
  ast::ExprPtr expression();
  ast::ExprPtr expression_without_invalid();
  ast::ExprPtr yield_expr();
  ast::ExprPtr disjunction();
  ast::ExprPtr conjunction();
  ast::ExprPtr inversion();
  ast::ExprPtr comparison();
  ast::ExprPtr bitwise_or();
  ast::ExprPtr binary(int min_precedence);
  ast::ExprPtr factor();
  ast::ExprPtr power();
  ast::ExprPtr await_primary();
  ast::ExprPtr primary();
  ast::ExprPtr atom();
  ast::ExprPtr paren_atom();
  ast::ExprPtr list_atom();
  ast::ExprPtr brace_atom();
  ast::ExprPtr slices();
  ast::ExprPtr slice();
  ast::ExprPtr lambdef();
  ast::ExprPtr number(const Token& t);
  ast::ExprPtr call(ast::ExprPtr func);
  void arguments(ast::Call& call, bool genexp_allowed = true);
  void comprehension_clauses(std::vector<ast::Comprehension>& out);
  ast::ExprPtr star_targets_for();  // the target list of `for` (stops before `in`)
  void parameters(ast::Arguments& args, bool lambda);
  bool can_start_expression(TokenKind k);
  // After an element of a bracketed list: a ',' or the closing bracket must follow.
  void after_element(size_t start, const ast::Expr* e, TokenKind closing);
  // What CPython's second pass reports when the token after expression `e` (which started
  // at token `start`) cannot continue the parse; falls back to "invalid syntax".
  [[noreturn]] void fail_after_expression(size_t start, const ast::Expr* e, size_t furthest);
  // CPython's second pass tries invalid_legacy_expression (`print x`) at every expression,
  // valid ones included: an earlier `print -x` or `print[0]` takes over a later error.
  void note_legacy_candidate(const Token& start);
  void apply_legacy_candidates();
  void check_after_expression(size_t start, const ast::Expr* e);  // the custom part of the above
  bool can_start_operand(TokenKind k);  // of a binary operator (no lambda, no not)
  // invalid_named_expression / invalid_kwarg at an unexpected '=' after `e`.
  [[noreturn]] void fail_at_equal(size_t start, const ast::Expr* e, bool in_call, size_t furthest);
  // A bitwise_or parsed from token `start` without consuming it; `end`: the index after it.
  ast::ExprPtr parse_bitwise_or_at(size_t start, size_t& end);
  void check_equal_after(size_t start, size_t equal);

  // ----- targets (parse_target.cpp)
  static const char* expr_name(const ast::Expr& e);
  static const ast::Expr* invalid_target(const ast::Expr* e, Targets type);
  void set_context(ast::Expr& e, ast::Ctx ctx);
  void check_store_target(ast::Expr& e, Targets type);  // for, with, comprehension targets
  bool assignable(const ast::Expr& e, bool is_yield);
  [[noreturn]] void invalid_assignment(const std::vector<ast::ExprPtr>& targets, const std::vector<bool>& is_yield,
                                       size_t first_index, const std::vector<size_t>& equals);
  void check_aug_target(const ast::Expr& e);
  void check_ann_target(const ast::Expr& e);
  void check_del_targets(ast::ExprList& targets);
  bool starts_with_excluded_atom(size_t start);
  void check_arguments(const ast::Arguments& a);  // duplicate names (deferred)

  // ----- strings (parse_string.cpp)
  ast::ExprPtr strings();

  Lexer& lexer_;
  std::optional<SubSource> sub_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  int32_t last_end_line_ = 0;
  int32_t last_end_col_ = 0;
  int depth_ = 0;
  int block_depth_ = 0;      // enclosing compound statements
  int without_invalid_ = 0;  // > 0: CPython's expression_without_invalid
  int speculating_ = 0;
  // CPython's first pass stops before a positional argument that follows keywords; a plain
  // "invalid syntax" inside it is reported there (fetched() then), not where it arises.
  size_t first_pass_end_ = SIZE_MAX;
  bool error_from_lexer_ = false;
  bool skip_full_check_ = false;
  bool raising_generic_ = false;
  size_t last_generic_furthest_ = SIZE_MAX;
  std::vector<size_t> legacy_candidates_;  // token indices of `print`/`exec` starting an expression  // "unexpected indent": CPython does not scan the rest
};

void check_lone_starred(Parser& p, const ast::Expr& e);
std::optional<ast::BinOpKind> augmented_op(TokenKind k);  // '+=' -> Add, ...

template <typename F>
bool Parser::speculate(F&& f) {
  size_t saved = pos_;
  int32_t saved_line = last_end_line_, saved_col = last_end_col_;
  int saved_depth = depth_;
  std::optional<Diagnostic> saved_deferred = deferred_error;
  size_t saved_first_pass_end = first_pass_end_;
  ++speculating_;
  try {
    f();
    --speculating_;
    return true;
  } catch (const ParseAbort& abort) {
    --speculating_;
    if (abort.from_lexer) throw;
    error.reset();
    pos_ = saved;
    last_end_line_ = saved_line;
    last_end_col_ = saved_col;
    depth_ = saved_depth;
    deferred_error = std::move(saved_deferred);
    first_pass_end_ = saved_first_pass_end;
    return false;
  }
}

template <typename F>
bool Parser::try_or_back_off(F&& f) {
  size_t saved = pos_;
  int32_t saved_line = last_end_line_, saved_col = last_end_col_;
  int saved_depth = depth_;
  try {
    f();
    return true;
  } catch (const ParseAbort& abort) {
    if (abort.from_lexer || !abort.generic || speculating_ > 0) throw;
    error.reset();
    skip_full_check_ = false;
    pos_ = saved;
    last_end_line_ = saved_line;
    last_end_col_ = saved_col;
    depth_ = saved_depth;
    // CPython's first pass stopped where this failed; later lookahead is its second pass.
    first_pass_end_ = std::min(first_pass_end_, last_generic_furthest_);
    return false;
  }
}

}  // namespace looplab::parse
