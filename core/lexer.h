// The lexer: turns a scenario file into tokens with CPython 3.11's tokenizer rules
// (INDENT/DEDENT, implicit and explicit line joining, string and number syntax) and
// CPython's messages and positions for the mistakes it finds.
//
// Two users: the parser pulls tokens one at a time (Lexer::next) so that it can report
// errors in the same order as CPython, and the UI's syntax colouring takes the whole
// stream at once (tokenize) with comments included and errors skipped over.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine.h"
#include "core/unicode.h"

namespace looplab {

// What a token looks like to the syntax colouring.
enum class TokenCategory : uint8_t { Layout, Keyword, Name, Number, String, Comment, Operator, Error };

// Every token kind: X(Enum, spelling, category). Keywords and operators have their own kind
// so that the parser can switch on them; the soft keywords match/case/_ are plain names.
#define LOOPLAB_TOKENS(X)                                                                  \
  X(EndMarker, "end of file", Layout)                                                      \
  X(Newline, "newline", Layout)                                                            \
  X(Indent, "indent", Layout)                                                              \
  X(Dedent, "dedent", Layout)                                                              \
  X(NL, "blank line", Layout)          /* only with LexOptions::keep_trivia */             \
  X(Comment, "comment", Comment)       /* only with LexOptions::keep_trivia */             \
  X(ErrorText, "error", Error)         /* only with LexOptions::recover */                 \
  X(Name, "name", Name)                                                                    \
  X(Number, "number", Number)                                                              \
  X(String, "string", String)                                                              \
  X(UnknownOp, "operator", Operator)   /* `$ ? ! \``: valid tokens, never valid syntax */  \
  X(LPar, "(", Operator) X(RPar, ")", Operator) X(LSqb, "[", Operator)                     \
  X(RSqb, "]", Operator) X(LBrace, "{", Operator) X(RBrace, "}", Operator)                 \
  X(Colon, ":", Operator) X(Comma, ",", Operator) X(Semi, ";", Operator)                   \
  X(Plus, "+", Operator) X(Minus, "-", Operator) X(Star, "*", Operator)                    \
  X(Slash, "/", Operator) X(VBar, "|", Operator) X(Amper, "&", Operator)                   \
  X(Less, "<", Operator) X(Greater, ">", Operator) X(Equal, "=", Operator)                 \
  X(Dot, ".", Operator) X(Percent, "%", Operator) X(EqEqual, "==", Operator)               \
  X(NotEqual, "!=", Operator) X(LessEqual, "<=", Operator)                                 \
  X(GreaterEqual, ">=", Operator) X(Tilde, "~", Operator) X(Circumflex, "^", Operator)     \
  X(LeftShift, "<<", Operator) X(RightShift, ">>", Operator) X(DoubleStar, "**", Operator) \
  X(PlusEqual, "+=", Operator) X(MinEqual, "-=", Operator) X(StarEqual, "*=", Operator)    \
  X(SlashEqual, "/=", Operator) X(PercentEqual, "%=", Operator)                            \
  X(AmperEqual, "&=", Operator) X(VBarEqual, "|=", Operator)                               \
  X(CircumflexEqual, "^=", Operator) X(LeftShiftEqual, "<<=", Operator)                    \
  X(RightShiftEqual, ">>=", Operator) X(DoubleStarEqual, "**=", Operator)                  \
  X(DoubleSlash, "//", Operator) X(DoubleSlashEqual, "//=", Operator) X(At, "@", Operator) \
  X(AtEqual, "@=", Operator) X(RArrow, "->", Operator) X(Ellipsis, "...", Operator)        \
  X(ColonEqual, ":=", Operator) X(NotEqualLegacy, "<>", Operator)                          \
  X(KwFalse, "False", Keyword) X(KwNone, "None", Keyword) X(KwTrue, "True", Keyword)       \
  X(KwAnd, "and", Keyword) X(KwAs, "as", Keyword) X(KwAssert, "assert", Keyword)           \
  X(KwAsync, "async", Keyword) X(KwAwait, "await", Keyword) X(KwBreak, "break", Keyword)   \
  X(KwClass, "class", Keyword) X(KwContinue, "continue", Keyword)                          \
  X(KwDef, "def", Keyword) X(KwDel, "del", Keyword) X(KwElif, "elif", Keyword)             \
  X(KwElse, "else", Keyword) X(KwExcept, "except", Keyword)                                \
  X(KwFinally, "finally", Keyword) X(KwFor, "for", Keyword) X(KwFrom, "from", Keyword)     \
  X(KwGlobal, "global", Keyword) X(KwIf, "if", Keyword) X(KwImport, "import", Keyword)     \
  X(KwIn, "in", Keyword) X(KwIs, "is", Keyword) X(KwLambda, "lambda", Keyword)             \
  X(KwNonlocal, "nonlocal", Keyword) X(KwNot, "not", Keyword) X(KwOr, "or", Keyword)       \
  X(KwPass, "pass", Keyword) X(KwRaise, "raise", Keyword) X(KwReturn, "return", Keyword)   \
  X(KwTry, "try", Keyword) X(KwWhile, "while", Keyword) X(KwWith, "with", Keyword)         \
  X(KwYield, "yield", Keyword)

enum class TokenKind : uint8_t {
#define LOOPLAB_TOKEN_ENUM(name, spelling, category) name,
  LOOPLAB_TOKENS(LOOPLAB_TOKEN_ENUM)
#undef LOOPLAB_TOKEN_ENUM
};

TokenCategory token_category(TokenKind kind);
// "(" for operators, "if" for keywords, a description ("name", "newline") for the rest.
std::string_view token_spelling(TokenKind kind);

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  uint32_t begin = 0;  // byte offsets into Lexer::text() (the source after BOM removal and
  uint32_t end = 0;    // newline normalisation); end is exclusive
  int32_t line = 0;      // 1-based
  int32_t col = 0;       // 0-based, in code points
  int32_t end_line = 0;  // exclusive end, like ast::Span
  int32_t end_col = 0;
  int16_t level = 0;     // bracket depth after this token (CPython's token->level)
  // INDENT, DEDENT and ENDMARKER have no text: CPython reports errors at them with
  // `col` as the 1-based column instead of col + 1. NEWLINE is empty and starts at the
  // comment ending the line, if any (CPython 3.11 does the same).
  bool virtual_position = false;
};

struct LexOptions {
  bool keep_trivia = false;  // also produce Comment tokens and NL tokens for blank lines
  bool recover = false;      // on an error, record it, produce ErrorText and carry on
};

// A problem found by the lexer. CPython's tokenizer either raises it at once as an
// exception (`raised`: bad strings, numbers, characters, brackets, bytes), and such an
// error found after a parser error replaces it; or it only stops (indentation, `\`, end of
// file), and then an earlier parser error stands.
struct LexError {
  Diagnostic diagnostic;
  bool raised = true;
};

class Lexer {
 public:
  Lexer(std::string_view source, std::string path, LexOptions options = {});

  // Scans the next token. Returns false at an error (then error() is set and every later
  // call returns false too). After EndMarker it keeps returning EndMarker.
  bool next(Token& out);
  const std::optional<LexError>& error() const { return error_; }

  // The source as the tokens see it: no BOM, "\r\n" and "\r" turned into "\n", and a final
  // "\n" added when missing.
  std::string_view text() const { return text_; }
  std::string_view token_text(const Token& t) const { return std::string_view(text_).substr(t.begin, t.end - t.begin); }
  const std::string& path() const { return path_; }

  // Line `line` (1-based) without its newline; empty when out of range.
  std::string_view line_text(int line) const;
  // Code points in text()[line_begin(line), offset).
  int32_t column_of(uint32_t offset) const;
  uint32_t line_begin(int line) const;
  int line_of(uint32_t offset) const;  // 1-based line holding text()[offset]
  int line_count() const { return static_cast<int>(line_starts_.size()) - 1; }

  // Open brackets, innermost last (for "'(' was never closed").
  int bracket_depth() const { return static_cast<int>(brackets_.size()); }
  int innermost_bracket_line() const { return brackets_.empty() ? 0 : brackets_.back().line; }
  Diagnostic unclosed_bracket_error() const;

  // A Diagnostic for this file (fills file and source_line). `col` and `end_col` are
  // CPython's 1-based offsets; end_col 0 means "unknown".
  Diagnostic make_diagnostic(std::string kind, std::string message, int line, int col, int end_line,
                             int end_col) const;

 private:
  struct Bracket {
    char ch;
    int line;
    int32_t col;  // 0-based, code points
  };

  // One scanning step: returns true with `out` filled, or false after fail().
  bool scan(Token& out);
  bool scan_indentation();
  bool scan_string(Token& out, uint32_t start);
  bool scan_name_or_string(Token& out, uint32_t start);
  bool scan_operator(Token& out, uint32_t start);
  bool verify_identifier(uint32_t start);

  // Numbers (CPython's tok_get number branch, one function per label).
  bool scan_number(Token& out, uint32_t start);
  bool number_fraction(Token& out, uint32_t start, int c);
  bool number_exponent(Token& out, uint32_t start, int e);
  bool number_imaginary(Token& out, uint32_t start);
  bool number_radix(Token& out, uint32_t start, bool (*is_valid)(int), const char* kind, bool names_digit);
  bool finish_number(Token& out, uint32_t start, int c);
  bool decimal_tail(int& c);
  bool verify_end_of_number(int c, const char* kind);
  bool lookahead(std::string_view rest);
  int nextc();         // CPython's tok_nextc: the next byte, or -1 at the end
  void backup(int c);  // tok_backup

  char peek(size_t ahead = 0) const { return pos_ + ahead < limit_ ? text_[pos_ + ahead] : '\0'; }
  bool at_end() const { return pos_ >= limit_; }
  void consume_newline();  // pos_ is at '\n'
  int eof_line() const;
  void make_token(Token& out, TokenKind kind, uint32_t begin, int line);

  // Records an error; `col`/`end_col` are CPython's 1-based offsets.
  bool fail(std::string kind, std::string message, int line, int col, int end_line, int end_col, bool raised);
  // CPython's tokenizer `syntaxerror()`: the error points at the last character read.
  bool fail_here(std::string message);
  // At the end of the readable text: the bad line's error, if that is why it ends.
  bool fail_at_eof_or_bad_line();

  // How LexOptions::recover gets past an error.
  enum class Recovery : uint8_t { SkipToken, SkipLine, Continue, EndOfFile };
  bool recover(Token& out);
  bool recover_at_end(Token& out);

  std::string text_;
  std::string path_;
  LexOptions options_;
  std::vector<uint32_t> line_starts_;  // offsets of each line start, plus text_.size()
  size_t limit_ = 0;                   // scanning stops here: end of text or the first bad line
  std::optional<LexError> bad_line_;   // NUL byte or invalid UTF-8 at limit_
  std::optional<LexError> error_;

  uint32_t pos_ = 0;
  int line_ = 1;
  uint32_t line_start_ = 0;
  bool at_line_start_ = true;
  bool blank_line_ = false;
  bool ended_ = false;
  int pending_indents_ = 0;  // > 0: INDENTs to emit; < 0: DEDENTs
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  std::vector<Bracket> brackets_;
  uint32_t comment_start_ = UINT32_MAX;  // the comment on the current line, if any
  uint32_t indent_end_ = 0;              // where INDENT/DEDENT tokens of this line sit
  uint32_t token_start_ = 0;             // the token being scanned (for recovery)
  int token_line_ = 1;
  uint32_t token_line_start_ = 0;
  Recovery recovery_ = Recovery::SkipToken;
  Token last_{};
  mutable uint32_t col_cache_line_ = UINT32_MAX;  // column_of() continues from its last answer
  mutable uint32_t col_cache_offset_ = 0;
  mutable int32_t col_cache_col_ = 0;
};

// Scans a whole file. With `options.recover` (the default here, for syntax colouring) the
// stream always reaches EndMarker and `error` holds the first problem, if any.
struct TokenizeResult {
  std::vector<Token> tokens;
  std::optional<Diagnostic> error;
  std::string text;  // Lexer::text(), which the token offsets index
};
TokenizeResult tokenize(std::string_view source, const std::string& path,
                        LexOptions options = {.keep_trivia = true, .recover = true});

// The Unicode classes the lexer needs, from core/unicode.h.
using unicode::is_identifier_continue;
using unicode::is_identifier_start;
using unicode::is_printable;

// CPython stores every non-ASCII identifier in NFKC form (PEP 3131): 'ﬁle' is 'file'.
std::string normalize_identifier(std::string_view name);

// Decodes one UTF-8 sequence at s[i] (already validated); advances i.
char32_t decode_utf8(std::string_view s, size_t& i);
void append_utf8(std::string& out, char32_t c);

}  // namespace looplab
